package org.conflictmap.tiles;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.JtsAdapter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtEncoder;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.UserDataKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt;
import io.github.sebasbaumh.mapbox.vectortile.build.MvtLayerParams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import org.conflictmap.gazetteer.Boundary;
import org.conflictmap.gazetteer.Gazetteer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * The {@code regions} and {@code boundaries} layers, drawn in Java from the in-memory {@link
 * Gazetteer} for both stores.
 *
 * <p>Why here and not in PostGIS: the polygons are static files shipped with the service (Natural
 * Earth through the gazetteer), identical for both stores, and already in memory for reverse
 * geocoding. Loading them into a table would need a start-up step per database, a second copy to
 * keep in step with the geodata version, and a second renderer for the embedded store. The only
 * part that depends on the events, the choropleth's {@code eventCount}, is one {@code
 * countByRegion} query per filter and data version ({@link RegionCounts}), shared by all tiles of a
 * view.
 *
 * <ul>
 *   <li>{@code regions}: admin-1 polygons with {@code code} (ISO 3166-2), {@code name}, {@code
 *       country} and {@code eventCount} under the request's filters (0 when none).
 *   <li>{@code boundaries}: outlines ({@code kind} = {@code country}, or {@code admin1} from zoom
 *       {@value #ADMIN1_LINES_MIN_ZOOM}) as lines, and label points ({@code label=true}) at each
 *       place's representative point: countries at every zoom, regions from zoom {@value
 *       #ADMIN1_LABELS_MIN_ZOOM}.
 * </ul>
 *
 * Geometry is projected to Web Mercator once, simplified once per zoom (Douglas-Peucker with
 * topology preserved, tolerance {@value #TOLERANCE_UNITS} tile units, zooms up to {@value
 * #MAX_SIMPLIFIED_ZOOM}; above it the source detail is used), then clipped to the tile and its
 * buffer and encoded by mapbox-vector-tile-java. Polygons under {@value #MIN_AREA_UNITS} square
 * units and lines under {@value #TOLERANCE_UNITS} units are dropped. A shape that fails to clip is
 * repaired once ({@link GeometryFixer}) and otherwise left out and counted ({@link
 * #skippedShapes()}), never failing the tile.
 *
 * <p>Thread-safe: the index is built in the constructor (writes before reads); per-zoom geometry is
 * computed on first use and published through atomic arrays.
 */
public final class BoundaryTiles implements TileStore {
  public static final String REGIONS = "regions";
  public static final String BOUNDARIES = "boundaries";
  public static final int ADMIN1_LINES_MIN_ZOOM = 3;
  public static final int ADMIN1_LABELS_MIN_ZOOM = 4;
  static final int MAX_SIMPLIFIED_ZOOM = 10;

  /** Zooms below this are simplified from the next zoom's result (see {@code Shape.polygons}). */
  static final int CASCADE_FROM = 6;

  /**
   * Simplification tolerance and smallest part kept, in tile units: 4 units are half a pixel of a
   * 512-pixel tile.
   */
  static final double TOLERANCE_UNITS = 4;

  static final double MIN_AREA_UNITS = TOLERANCE_UNITS * TOLERANCE_UNITS;
  static final int MAX_ZOOM = 12;

  public static final TileLayer REGIONS_LAYER =
      new TileLayer(
          REGIONS,
          "Admin-1 regions (Natural Earth) with eventCount: events matching the filters, for a"
              + " choropleth",
          0,
          MAX_ZOOM,
          fields("code", "String", "name", "String", "country", "String", "eventCount", "Number"),
          true);

  public static final TileLayer BOUNDARIES_LAYER =
      new TileLayer(
          BOUNDARIES,
          "Country and admin-1 outlines (lines, kind=country|admin1) and their label points"
              + " (label=true), so a map needs no outside basemap",
          0,
          MAX_ZOOM,
          fields("kind", "String", "code", "String", "name", "String", "label", "Boolean"),
          false);

  private static final GeometryFactory TILE = new GeometryFactory();
  private static final MvtLayerParams PARAMS = new MvtLayerParams(EventTiles.EXTENT);
  private static final double BUFFER = EventTileSql.BUFFER_FRACTION;

  private final List<Shape> countries = new ArrayList<>();
  private final List<Shape> regions = new ArrayList<>();
  private final STRtree countryIndex = new STRtree();
  private final STRtree regionIndex = new STRtree();
  private final Function<TileFilter, Map<String, Long>> counts;
  private final AtomicLong skipped = new AtomicLong();

  /**
   * Region polygons clipped per tile: the costly part of a {@code regions} tile, which does not
   * change with the data; writes only change the counts put on them.
   */
  private final Cache<TileCoord, List<Clipped>> clippedRegions =
      Caffeine.newBuilder()
          .maximumWeight(CLIPPED_CACHE_POINTS)
          .weigher(
              (TileCoord t, List<Clipped> parts) ->
                  1 + parts.stream().mapToInt(c -> c.geometry().getNumPoints()).sum())
          .build();

  /** Bound of the clipped-polygon cache, in coordinates (some 40 bytes each). */
  static final long CLIPPED_CACHE_POINTS = 2_000_000;

  /**
   * @param gazetteer the boundaries
   * @param counts events per ISO 3166-2 code under a filter (e.g. {@link RegionCounts#counts})
   */
  public BoundaryTiles(Gazetteer gazetteer, Function<TileFilter, Map<String, Long>> counts) {
    this.counts = counts;
    for (Boundary b : gazetteer.countries()) {
      Shape s = new Shape(b, "country");
      countries.add(s);
      countryIndex.insert(s.envelope, s);
    }
    for (Boundary b : gazetteer.regions()) {
      Shape s = new Shape(b, "admin1");
      regions.add(s);
      regionIndex.insert(s.envelope, s);
    }
    countryIndex.build();
    regionIndex.build();
  }

  private static Map<String, String> fields(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  @Override
  public List<TileLayer> layers() {
    return List.of(REGIONS_LAYER, BOUNDARIES_LAYER);
  }

  /**
   * Projects and simplifies every boundary for zooms 0 to {@code maxZoom} now (on all cores),
   * instead of on the first tile that needs it: the first map view after start-up then costs what
   * later ones do. Safe to call while tiles are served.
   *
   * @return how many shapes were prepared
   */
  public int prewarm(int maxZoom) {
    List<Shape> all = new ArrayList<>(countries);
    all.addAll(regions);
    all.parallelStream()
        .forEach(
            s -> {
              for (int z = 0; z <= Math.min(maxZoom, MAX_SIMPLIFIED_ZOOM); z++) {
                s.polygons(z);
                s.lines(z);
              }
            });
    return all.size();
  }

  /** Shapes left out of some tile because their geometry could not be clipped. */
  public long skippedShapes() {
    return skipped.get();
  }

  @Override
  public byte[] tile(TileRequest request) {
    TileCoord t = request.coord();
    Envelope tile = t.envelope();
    Envelope clip = t.envelope(BUFFER);
    List<Geometry> features = new ArrayList<>();
    String layer = request.layer();
    if (layer.equals(REGIONS)) {
      List<Clipped> parts = clippedRegions.get(t, k -> clipRegions(k, tile, clip));
      Map<String, Long> n = parts.isEmpty() ? Map.of() : counts.apply(request.filter());
      for (Clipped c : parts) {
        Geometry g = c.geometry().copy(); // the cached one is shared; its user data is ours
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("code", c.shape().code);
        p.put("name", c.shape().name);
        p.put("country", c.shape().country);
        p.put("eventCount", n.getOrDefault(c.shape().code, 0L));
        g.setUserData(p);
        features.add(g);
      }
    } else if (layer.equals(BOUNDARIES)) {
      outlines(features, countryIndex, t, tile, clip);
      if (t.z() >= ADMIN1_LINES_MIN_ZOOM) {
        outlines(features, regionIndex, t, tile, clip);
      }
      labels(features, countryIndex, t, tile);
      if (t.z() >= ADMIN1_LABELS_MIN_ZOOM) {
        labels(features, regionIndex, t, tile);
      }
    } else {
      throw new IllegalArgumentException("no tile layer '" + layer + "'");
    }
    if (features.isEmpty()) {
      return new byte[0];
    }
    return MvtEncoder.encode(
        new JtsMvt(new JtsLayer(layer, features, EventTiles.EXTENT)),
        PARAMS,
        new UserDataKeyValueMapConverter());
  }

  /** A region's polygons clipped to one tile, in tile units. */
  private record Clipped(Shape shape, Geometry geometry) {}

  private List<Clipped> clipRegions(TileCoord t, Envelope tile, Envelope clip) {
    List<Clipped> out = new ArrayList<>();
    for (Shape s : query(regionIndex, clip)) {
      Geometry g = clipped(s.polygons(t.z()), tile, clip, true);
      if (g != null) {
        out.add(new Clipped(s, g));
      }
    }
    return List.copyOf(out);
  }

  private void outlines(
      List<Geometry> out, STRtree index, TileCoord t, Envelope tile, Envelope clip) {
    for (Shape s : query(index, clip)) {
      Geometry g = clipped(s.lines(t.z()), tile, clip, false);
      if (g != null) {
        g.setUserData(props(s, false));
        out.add(g);
      }
    }
  }

  private void labels(List<Geometry> out, STRtree index, TileCoord t, Envelope tile) {
    for (Shape s : query(index, tile)) {
      if (!tile.contains(s.labelX, s.labelY)) {
        continue;
      }
      double px = Math.rint((s.labelX - tile.getMinX()) / tile.getWidth() * EventTiles.EXTENT);
      double py = Math.rint((tile.getMaxY() - s.labelY) / tile.getHeight() * EventTiles.EXTENT);
      Geometry p = TILE.createPoint(new Coordinate(px, py));
      p.setUserData(props(s, true));
      out.add(p);
    }
  }

  private static Map<String, Object> props(Shape s, boolean label) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("kind", s.kind);
    p.put("code", s.code);
    p.put("name", s.name);
    p.put("label", label);
    return p;
  }

  @SuppressWarnings("unchecked")
  private static List<Shape> query(STRtree index, Envelope e) {
    List<Shape> found = index.query(e);
    found.sort((a, b) -> a.id.compareTo(b.id)); // deterministic feature order
    return found;
  }

  /**
   * {@code g} clipped to {@code clip} in tile units, parts under one unit dropped; {@code null}
   * when nothing is left.
   */
  private Geometry clipped(Geometry g, Envelope tile, Envelope clip, boolean polygons) {
    if (g == null || g.isEmpty() || !clip.intersects(g.getEnvelopeInternal())) {
      return null;
    }
    Geometry t;
    try {
      t = JtsAdapter.createTileGeom(g, tile, clip, TILE, PARAMS, null);
    } catch (RuntimeException e) {
      try {
        t = JtsAdapter.createTileGeom(GeometryFixer.fix(g), tile, clip, TILE, PARAMS, null);
      } catch (RuntimeException again) {
        skipped.incrementAndGet();
        return null;
      }
    }
    List<Geometry> parts = new ArrayList<>();
    collect(t, parts, polygons);
    if (parts.isEmpty()) {
      return null;
    }
    return TILE.buildGeometry(parts);
  }

  private static void collect(Geometry g, List<Geometry> out, boolean polygons) {
    if (g instanceof GeometryCollection) {
      for (int i = 0; i < g.getNumGeometries(); i++) {
        collect(g.getGeometryN(i), out, polygons);
      }
    } else if (polygons && g instanceof Polygon p && p.getArea() >= MIN_AREA_UNITS) {
      out.add(p);
    } else if (!polygons && g instanceof LineString l && l.getLength() >= TOLERANCE_UNITS) {
      out.add(l);
    }
  }

  /** One boundary, projected and simplified per zoom on first use. */
  private static final class Shape {
    final String id;
    final String kind;
    final String code;
    final String name;
    final String country;
    final Envelope envelope;
    final double labelX;
    final double labelY;
    private final Geometry source;
    private volatile Geometry projected;
    private final AtomicReferenceArray<Geometry> polygons =
        new AtomicReferenceArray<>(MAX_SIMPLIFIED_ZOOM + 1);
    private final AtomicReferenceArray<Geometry> lines =
        new AtomicReferenceArray<>(MAX_SIMPLIFIED_ZOOM + 2);

    Shape(Boundary b, String kind) {
      this.id = kind + ":" + b.id();
      this.kind = kind;
      this.code = b.code();
      this.name = b.place().name();
      this.country = b.place().country();
      this.source = b.geometry();
      Envelope e = source.getEnvelopeInternal();
      this.envelope =
          new Envelope(
              WebMercator.x(e.getMinX()),
              WebMercator.x(e.getMaxX()),
              WebMercator.y(e.getMinY()),
              WebMercator.y(e.getMaxY()));
      this.labelX = WebMercator.x(b.place().lon());
      this.labelY = WebMercator.y(b.place().lat());
    }

    Geometry projected() {
      Geometry p = projected;
      if (p == null) {
        p = source.copy();
        p.apply(ToMercator.INSTANCE);
        projected = p;
      }
      return p;
    }

    /**
     * The polygons simplified for zoom {@code z}. Below {@link #CASCADE_FROM}, from those of zoom
     * {@code z + 1} (each zoom doubles the tolerance, so simplifying the finer result gives nearly
     * the same shape for a fraction of the work); from there up, from the projected source.
     */
    Geometry polygons(int z) {
      if (z > MAX_SIMPLIFIED_ZOOM) {
        return projected();
      }
      Geometry g = polygons.get(z);
      if (g == null) {
        double tolerance = new TileCoord(z, 0, 0).size() / EventTiles.EXTENT * TOLERANCE_UNITS;
        g =
            TopologyPreservingSimplifier.simplify(
                z < CASCADE_FROM ? polygons(z + 1) : projected(), tolerance);
        polygons.compareAndSet(z, null, g);
        g = polygons.get(z);
      }
      return g;
    }

    /** The outline of {@link #polygons(int)}. */
    Geometry lines(int z) {
      int slot = Math.min(z, MAX_SIMPLIFIED_ZOOM + 1);
      Geometry g = lines.get(slot);
      if (g == null) {
        g = polygons(z).getBoundary();
        lines.compareAndSet(slot, null, g);
        g = lines.get(slot);
      }
      return g;
    }
  }

  /** Degrees to Web Mercator metres, in place. */
  private enum ToMercator implements CoordinateSequenceFilter {
    INSTANCE;

    @Override
    public void filter(CoordinateSequence seq, int i) {
      seq.setOrdinate(i, 0, WebMercator.x(seq.getOrdinate(i, 0)));
      seq.setOrdinate(i, 1, WebMercator.y(seq.getOrdinate(i, 1)));
    }

    @Override
    public boolean isDone() {
      return false;
    }

    @Override
    public boolean isGeometryChanged() {
      return true;
    }
  }
}
