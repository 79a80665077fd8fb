package org.conflictmap.api;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.conflictmap.Json;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Problems for the errors Jetty answers before a request reaches Javalin (a malformed request line,
 * an ambiguous or undecodable URI, headers too large): the same {@code application/problem+json} as
 * {@link ErrorMapper}, never Jetty's HTML page.
 */
public final class JettyProblems {
  private JettyProblems() {}

  static byte[] body(int status, String message, String path) {
    String detail =
        message == null || message.isBlank()
            ? "the request could not be read"
            : "the request could not be read: " + EventFilters.clip(message);
    return Json.write(new Problem("about:blank", ErrorMapper.titleOf(status), status, detail, path))
        .getBytes(StandardCharsets.UTF_8);
  }

  static boolean respond(
      Request request, Response response, Callback callback, int code, String message) {
    String path;
    try {
      path = request.getHttpURI().getPath();
    } catch (RuntimeException e) {
      path = null;
    }
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
    response.write(true, ByteBuffer.wrap(body(code, message, path)), callback);
    return true;
  }

  static ByteBuffer badMessage(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
    return ByteBuffer.wrap(body(status, reason, null));
  }

  /** For the server: bad messages and errors outside any context. */
  public static final class ServerErrors extends org.eclipse.jetty.server.handler.ErrorHandler {
    @Override
    protected boolean generateAcceptableResponse(
        Request request,
        Response response,
        Callback callback,
        String contentType,
        List<Charset> charsets,
        int code,
        String message,
        Throwable cause) {
      return JettyProblems.respond(request, response, callback, code, message);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
      return JettyProblems.badMessage(status, reason, fields);
    }
  }

  /** For the servlet context Javalin runs in: errors such as an ambiguous URI. */
  public static final class ContextErrors extends org.eclipse.jetty.ee10.servlet.ErrorHandler {
    @Override
    protected boolean generateAcceptableResponse(
        Request request,
        Response response,
        Callback callback,
        String contentType,
        List<Charset> charsets,
        int code,
        String message,
        Throwable cause) {
      return JettyProblems.respond(request, response, callback, code, message);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
      return JettyProblems.badMessage(status, reason, fields);
    }
  }
}
