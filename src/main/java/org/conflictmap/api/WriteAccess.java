package org.conflictmap.api;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may write. With a token configured, a write needs {@code Authorization: Bearer <token>}
 * (compared in constant time; 401 otherwise). Without one, only clients on the loopback interface
 * may write (403 otherwise), so a fresh install exposed by mistake cannot be written to.
 */
public final class WriteAccess {
  private final byte[] token;

  /**
   * @param token the write token, or {@code null} for loopback-only writes
   */
  public WriteAccess(String token) {
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
  }

  /** Throws a 401 or 403 problem unless the request may write. */
  public void check(Context ctx) {
    if (token != null) {
      String header = ctx.header("Authorization");
      byte[] given =
          header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
              ? header.substring(7).strip().getBytes(StandardCharsets.UTF_8)
              : new byte[0];
      if (!MessageDigest.isEqual(token, given)) {
        ctx.header("WWW-Authenticate", "Bearer realm=\"conflictmap\"");
        throw new ProblemException(
            401, "Unauthorized", "writes need the header 'Authorization: Bearer <write token>'");
      }
      return;
    }
    if (!isLoopback(ctx.req().getRemoteAddr())) {
      throw new ProblemException(
          403,
          "Forbidden",
          "this server has no write token, so only local clients may write; start it with"
              + " --write-token to accept writes from elsewhere");
    }
  }

  static boolean isLoopback(String address) {
    if (address == null) {
      return false;
    }
    try {
      // A literal address: no name lookup happens.
      return address.matches("[0-9a-fA-F:.\\[\\]]+")
          && InetAddress.getByName(address.replace("[", "").replace("]", "")).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
