package org.conflictmap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.conflictmap.TestHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BulkheadTest {
  Javalin server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop();
    }
  }

  TestHttp serve(Bulkhead bulkhead, CountDownLatch release, AtomicInteger running, int[] most) {
    server =
        Javalin.create(
                c -> {
                  ErrorMapper.register(c);
                  c.jetty.host = "127.0.0.1";
                  c.jetty.port = 0;
                  c.routes.get(
                      "/slow",
                      bulkhead.guard(
                          ctx -> {
                            int now = running.incrementAndGet();
                            synchronized (most) {
                              most[0] = Math.max(most[0], now);
                            }
                            release.await(10, TimeUnit.SECONDS);
                            running.decrementAndGet();
                            ctx.result("done");
                          }));
                })
            .start();
    return new TestHttp(server.port());
  }

  @Test
  void runs_at_most_its_permits_at_once_and_the_rest_wait_their_turn() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger running = new AtomicInteger();
    int[] most = {0};
    TestHttp http = serve(new Bulkhead("slow queries", 2, 10_000), release, running, most);
    var calls = new java.util.ArrayList<CompletableFuture<HttpResponse<String>>>();
    for (int i = 0; i < 5; i++) {
      calls.add(CompletableFuture.supplyAsync(() -> http.get("/slow")));
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (running.get() < 2 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    Thread.sleep(200); // the other three are queued, not running
    assertEquals(2, running.get());
    release.countDown();
    for (var c : calls) {
      assertEquals(200, c.get(10, TimeUnit.SECONDS).statusCode());
    }
    assertEquals(2, most[0]);
  }

  @Test
  void a_request_that_waits_too_long_gets_a_503_problem_with_retry_after() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    TestHttp http =
        serve(new Bulkhead("slow queries", 1, 100), release, new AtomicInteger(), new int[1]);
    CompletableFuture<HttpResponse<String>> first =
        CompletableFuture.supplyAsync(() -> http.get("/slow"));
    Thread.sleep(300); // the first holds the only permit
    HttpResponse<String> second = http.get("/slow");
    release.countDown();

    assertEquals(503, second.statusCode());
    assertEquals(
        "application/problem+json", second.headers().firstValue("Content-Type").orElse(""));
    assertEquals("1", second.headers().firstValue("Retry-After").orElse(""));
    assertTrue(second.body().contains("busy"), second.body());
    assertEquals(200, first.get(10, TimeUnit.SECONDS).statusCode());
  }
}
