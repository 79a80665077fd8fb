package org.conflictmap.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /api}: the OpenAPI 3.0 document, kept as a resource beside the code it describes. Its
 * {@code servers} entry is the absolute base URL of the request (no trailing slash), as clients
 * such as the OGC test suite resolve paths against it.
 */
public final class OpenApiController {
  private static final String PLACEHOLDER = "${BASE}";
  private final String document;

  public OpenApiController() {
    try (InputStream in = OpenApiController.class.getResourceAsStream("/openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the jar");
      }
      document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!document.contains(PLACEHOLDER)) {
      throw new IllegalStateException("openapi.json has no servers placeholder");
    }
  }

  public void get(Context ctx) {
    String body = document.replace(PLACEHOLDER, Links.base(ctx));
    ctx.contentType(Links.OPENAPI).result(body.getBytes(StandardCharsets.UTF_8));
  }
}
