package org.conflictmap.gazetteer;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * Point-in-polygon look-up over a fixed set of {@link Boundary} polygons: an {@link STRtree} of
 * their envelopes, then an exact test with an {@link IndexedPointInAreaLocator} per polygon
 * (prepared lazily, on the first point that falls in its envelope). {@link #locateNear} measures
 * distances with an {@link IndexedFacetDistance} per polygon, also built on first use.
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
  private final AtomicReferenceArray<IndexedFacetDistance> facets;

  /** Indexes {@code boundaries}; they must not overlap (a coverage), else any of them may win. */
  public RegionIndex(List<Boundary> boundaries) {
    this.boundaries = boundaries.toArray(Boundary[]::new);
    this.locators = new IndexedPointInAreaLocator[this.boundaries.length];
    this.facets = new AtomicReferenceArray<>(this.boundaries.length);
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

  /**
   * The boundary containing ({@code lat}, {@code lon}) as {@link #locate} finds it, else the one
   * nearest to the point within {@code maxDegrees} (planar distance in degrees, the nearest edge),
   * for points just off a simplified coastline; empty when none is that near.
   *
   * @param maxDegrees how far to look, at least 0
   */
  public Optional<Boundary> locateNear(double lat, double lon, double maxDegrees) {
    Optional<Boundary> inside = locate(lat, lon);
    if (inside.isPresent() || !(maxDegrees > 0)) {
      return inside;
    }
    Coordinate c = new Coordinate(lon, lat);
    Envelope search = new Envelope(c);
    search.expandBy(maxDegrees);
    Point pt = GeometryCodec.FACTORY.createPoint(c);
    Boundary best = null;
    double bestDistance = maxDegrees;
    for (Object item : tree.query(search)) {
      Boundary b = boundaries[(Integer) item];
      if (b.geometry().getEnvelopeInternal().distance(search) > 0) {
        continue;
      }
      double d = facets((Integer) item).distance(pt);
      if (d <= bestDistance) {
        bestDistance = d;
        best = b;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The edge index of polygon {@code i}, built on first use (a race builds it twice, harmlessly).
   */
  private IndexedFacetDistance facets(int i) {
    IndexedFacetDistance f = facets.get(i);
    if (f == null) {
      f = new IndexedFacetDistance(boundaries[i].geometry());
      facets.set(i, f);
    }
    return f;
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
