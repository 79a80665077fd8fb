package org.conflictmap.api;

import io.javalin.http.Context;

/**
 * Cross-origin reads, no cross-origin writes: any origin may {@code GET} or {@code HEAD} (map
 * clients on other hosts read tiles and GeoJSON), while a browser on another origin is never told
 * it may {@code POST}. Preflights answer 204 and allow only GET and HEAD.
 */
public final class Cors {
  private static final String EXPOSED = "ETag, Last-Modified, Content-Length, Link";

  private Cors() {}

  /** Before every request: adds the headers to cross-origin reads. */
  public static void before(Context ctx) {
    String origin = ctx.header("Origin");
    String method = ctx.method().name();
    if (origin != null && (method.equals("GET") || method.equals("HEAD"))) {
      ctx.header("Access-Control-Allow-Origin", "*");
      ctx.header("Access-Control-Expose-Headers", EXPOSED);
    }
  }

  /** {@code OPTIONS} on any path: a preflight that allows only reads. */
  public static void preflight(Context ctx) {
    ctx.header("Allow", "GET, HEAD, OPTIONS");
    if (ctx.header("Origin") != null) {
      ctx.header("Access-Control-Allow-Origin", "*");
      ctx.header("Access-Control-Allow-Methods", "GET, HEAD");
      ctx.header("Access-Control-Allow-Headers", "Accept, If-None-Match, Accept-Encoding");
      ctx.header("Access-Control-Max-Age", "86400");
    }
    ctx.status(204);
  }
}
