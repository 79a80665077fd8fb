package org.conflictmap.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.conflictmap.api.ProblemException;

/**
 * The demo map at {@code /map/}: the files the Maven build puts under {@code web/map/} on the
 * classpath (built from {@code web-demo/}), served as they are, and {@code /map} redirected to
 * {@code /map/}.
 *
 * <p>Every file carries a Content-Security-Policy that lets the page load nothing from another
 * host: scripts, styles, tiles and API calls come from this origin; MapLibre's worker is a file of
 * this origin too (its CSP build), and only images may also be {@code data:} or {@code blob:} URLs
 * (the map controls' icons, the hatching pattern).
 */
public final class MapPage {
  /** Where the page is served. */
  public static final String PATH = "/map";

  /** Where the built files are on the classpath. */
  static final String CLASSPATH_DIRECTORY = "/web/map";

  /** Bigger files than this are served without a precomputed gzip copy. */
  static final int PRECOMPRESS_MAX_BYTES = 4 * 1024 * 1024;

  public static final String CONTENT_SECURITY_POLICY =
      String.join(
          "; ",
          "default-src 'self'",
          "script-src 'self'",
          "worker-src 'self'",
          "connect-src 'self'",
          "img-src 'self' data: blob:",
          "style-src 'self'",
          "font-src 'self'",
          "object-src 'none'",
          "base-uri 'none'",
          "form-action 'self'",
          "frame-ancestors 'none'");

  private MapPage() {}

  /** Adds the static files and the redirect to {@code c}. */
  public static void register(JavalinConfig c) {
    c.staticFiles.add(
        s -> {
          s.hostedPath = PATH;
          s.directory = CLASSPATH_DIRECTORY;
          s.location = Location.CLASSPATH;
          s.precompressMaxSize = PRECOMPRESS_MAX_BYTES;
          s.headers = HEADERS;
        });
    // Routes ignore a trailing slash, so this one sees both /map and /map/.
    c.routes.get(PATH, MapPage::entry);
  }

  private static final Map<String, String> HEADERS =
      Map.of(
          "Content-Security-Policy", CONTENT_SECURITY_POLICY,
          "X-Content-Type-Options", "nosniff",
          "Referrer-Policy", "same-origin",
          "Cache-Control", "no-cache");

  /** {@code /map} redirects to {@code /map/}, which is the page itself. */
  private static void entry(Context ctx) {
    if (!ctx.path().endsWith("/")) {
      ctx.redirect(PATH + "/", HttpStatus.MOVED_PERMANENTLY);
      return;
    }
    byte[] page = indexHtml();
    if (page == null) {
      throw ProblemException.notFound(
          "the demo map is not in this build (it was built with -Dmap.skip=true, without npm)");
    }
    HEADERS.forEach(ctx::header);
    ctx.contentType("text/html; charset=utf-8").result(page);
  }

  private static byte[] indexHtml() {
    try (InputStream in = MapPage.class.getResourceAsStream(CLASSPATH_DIRECTORY + "/index.html")) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
