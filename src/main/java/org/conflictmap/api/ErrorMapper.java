package org.conflictmap.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.validation.ValidationException;
import java.util.stream.Collectors;
import org.conflictmap.Json;
import org.conflictmap.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where exceptions become HTTP responses: every error leaves as {@code
 * application/problem+json} (RFC 9457). Handlers throw; nothing else catches.
 *
 * <ul>
 *   <li>{@link ProblemException}: its status and detail.
 *   <li>Javalin's {@link HttpResponseException} (unknown route 404, wrong method 405, body too
 *       large 413, …): its status, with a detail naming the method and path.
 *   <li>{@link ValidationException} (typed parameters): 400 naming the parameters.
 *   <li>{@link IllegalArgumentException} from value constructors: 400 with its message.
 *   <li>{@link java.io.IOException} while reading the request: 400.
 *   <li>{@link StoreException}: 503, the store's one-line reason; logged.
 *   <li>Anything else: 500 with a generic detail; the stack goes to the log, never to the client.
 * </ul>
 */
public final class ErrorMapper {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

  private ErrorMapper() {}

  /** Registers the mappings on {@code config}. */
  public static void register(JavalinConfig config) {
    config.routes.exception(
        ProblemException.class, (e, ctx) -> respond(ctx, e.status(), e.title(), e.detail()));
    config.routes.exception(
        HttpResponseException.class,
        (e, ctx) -> respond(ctx, e.getStatus(), titleOf(e.getStatus()), detailOf(e, ctx)));
    config.routes.exception(
        ValidationException.class,
        (e, ctx) -> {
          String detail =
              e.getErrors().entrySet().stream()
                  .map(
                      en ->
                          "parameter '"
                              + en.getKey()
                              + "': "
                              + en.getValue().stream()
                                  .map(v -> v.getMessage())
                                  .collect(Collectors.joining("; ")))
                  .collect(Collectors.joining("; "));
          respond(ctx, 400, "Bad Request", detail);
        });
    config.routes.exception(
        IllegalArgumentException.class,
        (e, ctx) -> respond(ctx, 400, "Bad Request", e.getMessage()));
    config.routes.exception(
        StoreException.class,
        (e, ctx) -> {
          LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage(), e);
          respond(ctx, 503, "Service Unavailable", e.getMessage());
        });
    config.routes.exception(
        java.io.IOException.class,
        (e, ctx) ->
            respond(
                ctx,
                400,
                "Bad Request",
                "the request could not be read to its end (did the client close it early, or"
                    + " send fewer bytes than its Content-Length?)"));
    config.routes.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
          respond(
              ctx, 500, "Internal Server Error", "the server failed to answer; it has been logged");
        });
  }

  private static String detailOf(HttpResponseException e, Context ctx) {
    return switch (e.getStatus()) {
      case 404 -> "no resource at " + ctx.method() + " " + ctx.path();
      case 405 -> "method " + ctx.method() + " is not allowed on " + ctx.path();
      case 413 -> "the body is larger than this server accepts (see --max-body)";
      default -> e.getMessage();
    };
  }

  static String titleOf(int status) {
    HttpStatus s = HttpStatus.forStatus(status);
    return s == HttpStatus.UNKNOWN ? "Error" : s.getMessage();
  }

  /** Writes a problem response; public for handlers outside the exception path (e.g. 304). */
  public static void respond(Context ctx, int status, String title, String detail) {
    Problem p = new Problem("about:blank", title, status, detail, ctx.path());
    ctx.status(status).contentType(Problem.CONTENT_TYPE).result(Json.write(p));
  }
}
