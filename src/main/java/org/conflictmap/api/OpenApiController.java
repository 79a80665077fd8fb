package org.conflictmap.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /api}: the OpenAPI 3.0 document, kept as a resource beside the code it describes. */
public final class OpenApiController {
  private final byte[] document;

  public OpenApiController() {
    try (InputStream in = OpenApiController.class.getResourceAsStream("/openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the jar");
      }
      document = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void get(Context ctx) {
    ctx.contentType(Links.OPENAPI).result(document);
  }
}
