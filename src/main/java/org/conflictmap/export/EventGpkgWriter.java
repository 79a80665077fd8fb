package org.conflictmap.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;
import mil.nga.sf.Point;
import org.conflictmap.store.Event;
import org.conflictmap.store.EventQuery;
import org.conflictmap.store.EventStore;

/**
 * Events as a GeoPackage (SQLite) with one point feature table {@code events} in EPSG:4326, which
 * QGIS and GDAL open as they are. SQLite needs a file: the package is built in a temporary file
 * (rows streamed from the store, committed every {@value #COMMIT_EVERY}), copied to the output,
 * then deleted.
 */
public final class EventGpkgWriter {
  static final int COMMIT_EVERY = 10_000;

  private EventGpkgWriter() {}

  /** Writes all matching events to {@code out} as a GeoPackage; answers the count. */
  public static long writeAll(EventStore store, EventQuery query, OutputStream out)
      throws IOException {
    Path tmp = Files.createTempFile("conflictmap-export", ".gpkg");
    try {
      Files.delete(tmp);
      long n = writeFile(store, query, tmp);
      Files.copy(tmp, out);
      out.flush();
      return n;
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Writes all matching events into a new GeoPackage file at {@code file}; answers the count. */
  public static long writeFile(EventStore store, EventQuery query, Path file) throws IOException {
    GeoPackageManager.create(file.toFile());
    GeoPackage gp = GeoPackageManager.open(file.toFile());
    try {
      SpatialReferenceSystem srs = gp.getSpatialReferenceSystemDao().getOrCreateCode("EPSG", 4326);
      GeometryColumns gc = new GeometryColumns();
      gc.setTableName("events");
      gc.setColumnName("geom");
      gc.setGeometryType(GeometryType.POINT);
      gc.setZ((byte) 0);
      gc.setM((byte) 0);
      gc.setSrs(srs);
      List<FeatureColumn> columns =
          List.of(
              FeatureColumn.createColumn("event_id", GeoPackageDataType.INTEGER),
              FeatureColumn.createColumn("date", GeoPackageDataType.DATE),
              FeatureColumn.createColumn("date_precision", GeoPackageDataType.TEXT),
              FeatureColumn.createColumn("type", GeoPackageDataType.TEXT),
              FeatureColumn.createColumn("sub_type", GeoPackageDataType.TEXT),
              FeatureColumn.createColumn("actors", GeoPackageDataType.TEXT),
              FeatureColumn.createColumn("country", GeoPackageDataType.TEXT),
              FeatureColumn.createColumn("admin1", GeoPackageDataType.TEXT),
              FeatureColumn.createColumn("place", GeoPackageDataType.TEXT),
              FeatureColumn.createColumn("geo_precision", GeoPackageDataType.INTEGER),
              FeatureColumn.createColumn("report_id", GeoPackageDataType.INTEGER),
              FeatureColumn.createColumn("evidence", GeoPackageDataType.TEXT));
      FeatureTableMetadata metadata = FeatureTableMetadata.create(gc, columns);
      metadata.setBoundingBox(new BoundingBox(-180, -90, 180, 90));
      gp.createFeatureTable(metadata);
      FeatureDao dao = gp.getFeatureDao("events");
      long[] n = {0};
      gp.beginTransaction();
      store.stream(
          query,
          e -> {
            FeatureRow row = dao.newRow();
            row.setGeometry(
                GeoPackageGeometryData.create(srs.getSrsId(), new Point(e.lon(), e.lat())));
            fill(row, e);
            dao.insert(row);
            if (++n[0] % COMMIT_EVERY == 0) {
              gp.endAndBeginTransaction();
            }
          });
      gp.endTransaction(true);
      return n[0];
    } catch (java.sql.SQLException e) {
      throw new IOException("cannot write the GeoPackage: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      if (gp.inTransaction()) {
        gp.endTransaction(false);
      }
      throw e;
    } finally {
      gp.close();
    }
  }

  private static void fill(FeatureRow row, Event e) {
    row.setValue("event_id", e.id());
    row.setValue("date", e.date().toString());
    row.setValue("date_precision", e.datePrecision().name());
    row.setValue("type", e.type());
    row.setValue("sub_type", e.subType());
    row.setValue("actors", String.join("; ", e.actors()));
    row.setValue("country", e.country());
    row.setValue("admin1", e.admin1());
    row.setValue("place", e.placeName());
    row.setValue("geo_precision", e.geoPrecision());
    row.setValue("report_id", e.reportId());
    row.setValue("evidence", e.evidence().sentence());
  }
}
