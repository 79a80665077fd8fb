package org.conflictmap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WriteAccessTest {
  @ParameterizedTest
  @CsvSource({
    "127.0.0.1, true",
    "127.8.9.10, true",
    "::1, true",
    "[::1], true",
    "0:0:0:0:0:0:0:1, true",
    "10.0.0.1, false",
    "192.168.1.20, false",
    "2001:db8::1, false",
    "localhost.evil.example, false",
    "'', false"
  })
  void only_loopback_addresses_count_as_local(String address, boolean loopback) {
    assertEquals(loopback, WriteAccess.isLoopback(address));
  }
}
