package org.conflictmap.api;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import org.conflictmap.store.EventStore;

/**
 * Validators for responses computed from the event store: the ETag joins the store's data version
 * with the request's path and query, so any write or any other filter gives another tag.
 */
public final class HttpCaching {
  private HttpCaching() {}

  /**
   * Sets {@code ETag}, {@code Last-Modified} and {@code Cache-Control} for {@code version}; answers
   * true (and sets 304) when the client's {@code If-None-Match} already holds the tag: the caller
   * then writes no body.
   */
  public static boolean notModified(Context ctx, EventStore.DataVersion version) {
    String tag =
        "\"" + version.version() + "-" + digest(ctx.path() + "?" + ctx.queryString()) + "\"";
    ctx.header("ETag", tag);
    ctx.header(
        "Last-Modified",
        DateTimeFormatter.RFC_1123_DATE_TIME.format(version.updatedAt().atOffset(ZoneOffset.UTC)));
    ctx.header("Cache-Control", "public, max-age=0, must-revalidate");
    String ifNoneMatch = ctx.header("If-None-Match");
    if (ifNoneMatch != null && matches(ifNoneMatch, tag)) {
      ctx.status(304);
      return true;
    }
    return false;
  }

  static boolean matches(String header, String tag) {
    for (String candidate : header.split(",")) {
      String c = candidate.strip();
      if (c.startsWith("W/")) {
        c = c.substring(2);
      }
      if (c.equals(tag) || c.equals("*")) {
        return true;
      }
    }
    return false;
  }

  private static String digest(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
