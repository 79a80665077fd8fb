package org.conflictmap.cli;

import java.nio.file.Path;
import org.conflictmap.App;
import org.conflictmap.AppConfig;
import org.conflictmap.store.EventStore;
import picocli.CommandLine.Option;

/** The store options shared by commands that read or write events: {@code --data}, {@code --db}. */
final class StoreOptions {
  @Option(
      names = "--data",
      defaultValue = "./data",
      description = "Directory of the embedded store (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(
      names = "--db",
      description = "PostGIS JDBC URL; credentials in the URL or CONFLICTMAP_DB_USER/_PASSWORD.")
  String db;

  EventStore open() {
    return App.openStore(new AppConfig("127.0.0.1", 0, data, db, null, AppConfig.DEFAULT_MAX_BODY));
  }
}
