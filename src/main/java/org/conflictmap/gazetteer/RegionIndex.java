package org.conflictmap.gazetteer;

import java.util.List;
import java.util.Optional;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Point-in-polygon look-up over a fixed set of {@link Boundary} polygons: an {@link STRtree} of
 * their envelopes, then an exact test with an {@link IndexedPointInAreaLocator} per polygon
 * (prepared lazily, on the first point that falls in its envelope).
 *
 * <p>All polygons are given to the constructor; the index never changes afterwards, so it is safe
 * to query from many threads at once.
 *
 * <p>A point on a shared border belongs to whichever of the touching polygons the tree yields
 * first: stable for one index, unspecified otherwise.
 */
public final class RegionIndex {
  private final STRtree tree = new STRtree();
  private final Boundary[] boundaries;
  private final IndexedPointInAreaLocator[] locators;

  /** Indexes {@code boundaries}; they must not overlap (a coverage), else any of them may win. */
  public RegionIndex(List<Boundary> boundaries) {
    this.boundaries = boundaries.toArray(Boundary[]::new);
    this.locators = new IndexedPointInAreaLocator[this.boundaries.length];
    for (int i = 0; i < this.boundaries.length; i++) {
      locators[i] = new IndexedPointInAreaLocator(this.boundaries[i].geometry());
      tree.insert(this.boundaries[i].geometry().getEnvelopeInternal(), i);
    }
    tree.build();
  }

  /**
   * The boundary whose polygon contains or touches ({@code lat}, {@code lon}); empty when none does
   * (at sea) or when the coordinates are not finite.
   */
  public Optional<Boundary> locate(double lat, double lon) {
    if (!Double.isFinite(lat) || !Double.isFinite(lon)) {
      return Optional.empty();
    }
    Coordinate c = new Coordinate(lon, lat);
    Hit hit = new Hit(c);
    tree.query(new Envelope(c), hit);
    return hit.found < 0 ? Optional.empty() : Optional.of(boundaries[hit.found]);
  }

  /** How many polygons are indexed. */
  public int size() {
    return boundaries.length;
  }

  /** The tree visitor: remembers the first polygon that covers the point. */
  private final class Hit implements org.locationtech.jts.index.ItemVisitor {
    private final Coordinate c;
    private int found = -1;

    Hit(Coordinate c) {
      this.c = c;
    }

    @Override
    public void visitItem(Object item) {
      if (found >= 0) {
        return;
      }
      int i = (Integer) item;
      if (locators[i].locate(c) != Location.EXTERIOR) {
        found = i;
      }
    }
  }
}
