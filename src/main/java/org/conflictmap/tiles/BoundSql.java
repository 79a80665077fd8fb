package org.conflictmap.tiles;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A SQL statement and the values of its {@code ?}s, in order. Values are never part of the text.
 *
 * @param sql the statement
 * @param params its values
 */
public record BoundSql(String sql, List<Object> params) {
  public BoundSql {
    params = Collections.unmodifiableList(new ArrayList<>(params));
  }

  /** Binds every value from index 1. */
  public void bind(PreparedStatement ps) throws SQLException {
    int i = 1;
    for (Object p : params) {
      ps.setObject(i++, p);
    }
  }
}
