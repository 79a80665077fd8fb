package org.conflictmap.tiles;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.conflictmap.store.StoreException;

/**
 * Tiles rendered by PostGIS: one statement per tile ({@link EventTileSql}), answered as {@code
 * bytea} by {@code ST_AsMVT}, so no feature is ever materialised in Java.
 *
 * <p>The data source must be the PostGIS store's pool: its connections run with {@code
 * plan_cache_mode = force_custom_plan}. The JDBC driver turns a statement into a server-side
 * prepared statement after a few executions, and PostgreSQL may then switch to a generic plan that
 * ignores the bound tile and dates (measured many times slower, see {@code docs/tiles.md}); forcing
 * custom plans keeps every execution planned for its own values.
 *
 * <p>Thread-safe: every call borrows its own connection.
 */
public final class PostgisTileStore implements TileStore {
  private final DataSource dataSource;

  public PostgisTileStore(DataSource dataSource) {
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
    return run(EventTileSql.forTile(request.coord(), request.filter()));
  }

  private byte[] run(BoundSql q) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(q.sql())) {
      q.bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        byte[] bytes = rs.next() ? rs.getBytes(1) : null;
        return bytes == null ? new byte[0] : bytes;
      }
    } catch (SQLException e) {
      String state = e.getSQLState() == null ? "" : " (SQLSTATE " + e.getSQLState() + ")";
      throw new StoreException("the tile could not be rendered" + state, e);
    }
  }
}
