package org.conflictmap.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import org.conflictmap.export.ExportFormat;
import org.conflictmap.store.EventQuery;
import org.conflictmap.store.EventStore;

/**
 * {@code GET /exports/events.{csv,geojson,gpkg}?…filters}: every matching event (no paging),
 * streamed from a database cursor in constant memory, as a download.
 */
public final class ExportsController {
  private final EventStore store;

  public ExportsController(EventStore store) {
    this.store = store;
  }

  public void export(Context ctx) throws IOException {
    String file = ctx.pathParam("file");
    ExportFormat format = formatOf(file);
    EventQuery q = EventFilters.from(ctx);
    if (HttpCaching.notModified(ctx, store.version())) {
      return;
    }
    ctx.contentType(format.contentType());
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\"conflictmap-events." + format.extension() + "\"");
    try (OutputStream out = ctx.outputStream()) {
      format.write(store, q, out);
    }
  }

  static ExportFormat formatOf(String file) {
    if (!file.startsWith("events.")) {
      throw ProblemException.notFound(
          "no export '"
              + EventFilters.clip(file)
              + "'; try events.csv, events.geojson or events.gpkg");
    }
    try {
      return ExportFormat.of(file.substring("events.".length()));
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound(e.getMessage());
    }
  }
}
