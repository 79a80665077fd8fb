package org.conflictmap.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.conflictmap.store.EventQuery;
import org.conflictmap.store.EventStore;

/**
 * The formats events are exported in. Each streams the events matching a query from a database
 * cursor, so memory stays constant whatever the number of events.
 */
public enum ExportFormat {
  csv("text/csv; charset=utf-8", "csv"),
  geojson("application/geo+json", "geojson"),
  gpkg("application/geopackage+sqlite3", "gpkg");

  private final String contentType;
  private final String extension;

  ExportFormat(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }

  /** The format named by a file extension or name, case-insensitive. */
  public static ExportFormat of(String name) {
    try {
      return valueOf(name.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown export format '" + name + "': use csv, geojson or gpkg");
    }
  }

  /** Writes every event matching the filters of {@code query} to {@code out}; answers the count. */
  public long write(EventStore store, EventQuery query, OutputStream out) throws IOException {
    return switch (this) {
      case csv -> new EventCsvWriter(out).writeAll(store, query);
      case geojson -> new EventGeoJsonWriter(out).writeAll(store, query);
      case gpkg -> EventGpkgWriter.writeAll(store, query, out);
    };
  }
}
