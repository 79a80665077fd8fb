package org.conflictmap.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.Locale;
import org.conflictmap.Json;
import org.conflictmap.ingest.Ingest;
import org.conflictmap.ingest.Submissions;

/**
 * Reads and validates the body of {@code POST /reports}: {@code {"text","published","url","title",
 * "lang"}}. Every rejection is a problem naming the field: 415 for a body that is not JSON, 400 for
 * malformed JSON or a bad field.
 */
public final class ReportSubmission {
  private ReportSubmission() {}

  /** The validated submission of the request. */
  public static Ingest.Submission read(Context ctx) {
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new ProblemException(
          415,
          "Unsupported Media Type",
          "send the report as 'Content-Type: application/json', not '"
              + (type == null ? "nothing" : EventFilters.clip(type))
              + "'");
    }
    JsonNode body;
    try {
      body = Json.MAPPER.readTree(ctx.bodyAsBytes());
    } catch (JsonProcessingException e) {
      throw ProblemException.badRequest(
          "the body is not valid JSON (UTF-8): "
              + EventFilters.clip(
                  e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage()));
    } catch (java.io.IOException e) {
      throw ProblemException.badRequest("the body could not be read");
    }
    return Submissions.of(body);
  }
}
