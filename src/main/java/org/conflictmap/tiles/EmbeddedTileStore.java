package org.conflictmap.tiles;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.conflictmap.store.EventFilterSql;
import org.conflictmap.store.EventQuery;
import org.conflictmap.store.StoreException;
import org.locationtech.jts.geom.Envelope;

/**
 * Tiles for the embedded H2GIS store: the matching events inside the tile (with its buffer) are
 * read in one query (a scan: the embedded store keeps no spatial index, see migration V3),
 * projected to Web Mercator and encoded in Java by {@link EventTileEncoder}, by the same rules as
 * the PostGIS tiles. Clusters at low zoom are counted from the events themselves: the embedded
 * store is meant for thousands to a few hundred thousand events, and the tile cache absorbs
 * repeats.
 *
 * <p>Thread-safe: every call borrows its own connection.
 */
public final class EmbeddedTileStore implements TileStore {

  private static final String SELECT =
      """
      SELECT e.id, e.report_id, e.event_date, e.type, e.sub_type, e.geo_precision, e.country,
             e.admin1, ST_X(e.geom) AS lon, ST_Y(e.geom) AS lat
      FROM events e""";

  /** What clusters need: position and type only (zooms that always cluster read every event). */
  private static final String SELECT_FOR_CLUSTERS =
      """
      SELECT e.type, ST_X(e.geom) AS lon, ST_Y(e.geom) AS lat
      FROM events e""";

  /**
   * Seconds a tile query may run. Set on every statement: H2 keeps a statement's query timeout on
   * its session, so a pooled connection would otherwise carry whatever an earlier user set (the
   * health check sets 2 s).
   */
  static final int TIMEOUT_SECONDS = 60;

  private final DataSource dataSource;

  public EmbeddedTileStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public List<TileLayer> layers() {
    return List.of(EventTiles.LAYER);
  }

  @Override
  public byte[] tile(TileRequest request) {
    if (!request.layer().equals(EventTiles.NAME)) {
      throw new IllegalArgumentException("no tile layer '" + request.layer() + "'");
    }
    TileCoord coord = request.coord();
    EventQuery q = request.filter().toQuery().withBbox(lonLatBox(coord));
    EventFilterSql f = EventFilterSql.of(q);
    EventTileEncoder encoder = new EventTileEncoder(coord);
    boolean clusters = EventTiles.alwaysClusters(coord.z());
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement((clusters ? SELECT_FOR_CLUSTERS : SELECT) + f.where())) {
      ps.setQueryTimeout(TIMEOUT_SECONDS);
      int i = 1;
      for (Object p : f.params()) {
        ps.setObject(i++, p);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (clusters && rs.next()) {
          encoder.add(
              new EventPoint(
                  0,
                  0,
                  null,
                  rs.getString(1),
                  null,
                  0,
                  null,
                  null,
                  WebMercator.x(rs.getDouble(2)),
                  WebMercator.y(rs.getDouble(3))));
        }
        while (!clusters && rs.next()) {
          double lon = rs.getDouble("lon");
          double lat = rs.getDouble("lat");
          encoder.add(
              new EventPoint(
                  rs.getLong("id"),
                  rs.getLong("report_id"),
                  rs.getDate("event_date").toLocalDate(),
                  rs.getString("type"),
                  rs.getString("sub_type"),
                  rs.getInt("geo_precision"),
                  trim(rs.getString("country")),
                  rs.getString("admin1"),
                  WebMercator.x(lon),
                  WebMercator.y(lat)));
        }
      }
    } catch (SQLException e) {
      String state = e.getSQLState() == null ? "" : " (SQLSTATE " + e.getSQLState() + ")";
      throw new StoreException("the tile could not be rendered" + state, e);
    }
    return encoder.encode();
  }

  private static String trim(String s) {
    return s == null ? null : s.strip();
  }

  /**
   * The tile with its buffer as a longitude/latitude box; the top and bottom rows reach the poles,
   * since the projection clamps latitudes beyond ±85.05° onto their edges.
   */
  static EventQuery.BBox lonLatBox(TileCoord coord) {
    Envelope e = coord.envelope(EventTileSql.BUFFER_FRACTION);
    int last = (1 << coord.z()) - 1;
    double minLon = Math.max(-180, WebMercator.lon(e.getMinX()));
    double maxLon = Math.min(180, WebMercator.lon(e.getMaxX()));
    double minLat = coord.y() == last ? -90 : Math.max(-90, WebMercator.lat(e.getMinY()));
    double maxLat = coord.y() == 0 ? 90 : Math.min(90, WebMercator.lat(e.getMaxY()));
    return new EventQuery.BBox(minLon, minLat, maxLon, maxLat);
  }
}
