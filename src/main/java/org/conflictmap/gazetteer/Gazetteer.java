package org.conflictmap.gazetteer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Every country, admin-1 region and locality of the committed geodata, with a name index and a
 * reverse geocoder. Load it once ({@link #load} or the shared {@link #loadDefault}) and pass it to
 * whoever needs it.
 *
 * <h2>Contracts</h2>
 *
 * <ul>
 *   <li>Immutable once loaded, so every method is safe to call from many threads at once.
 *   <li>Names are matched on their {@link #normalize normalised} key: case, diacritics,
 *       apostrophes, hyphens and spaces do not matter. A name in Cyrillic that matches nothing is
 *       also tried in Latin transliteration ({@link NameNormalizer#transliterations}).
 *   <li>Candidates for one key come in id order: countries first, then regions, then localities by
 *       population (largest first; the geodata build sorts them so).
 *   <li>Region codes are ISO 3166-2 (Crimea {@code UA-43}, Sevastopol {@code UA-40}); a region's
 *       country is the prefix of its code. Several Natural Earth regions may share one code; {@link
 *       #region} answers the largest, {@link #regions(String)} all of them.
 *   <li>Coordinates are WGS 84 degrees; polygons are in (longitude, latitude) order.
 * </ul>
 */
public final class Gazetteer {
  /** The files, relative to the geodata directory. */
  public static final String REGIONS_FILE = "regions.bin.gz";

  public static final String COUNTRIES_FILE = "countries.bin.gz";
  public static final String LOCALITIES_FILE = "localities.tsv.gz";

  private static volatile Gazetteer shared;

  private final Place[] places;
  private final List<Boundary> countries;
  private final List<Boundary> regions;
  private final Map<String, Boundary> countryByCode;
  private final Map<String, List<Boundary>> regionsByCode;
  private final NameIndex names;
  private final RegionIndex regionIndex;

  private Gazetteer(Boundaries b, List<Place> localities, NameIndex.Builder names) {
    this.countries = Collections.unmodifiableList(b.countries);
    this.regions = Collections.unmodifiableList(b.regions);
    this.places = new Place[countries.size() + regions.size() + localities.size()];
    int i = 0;
    for (Boundary x : countries) {
      places[i++] = x.place();
    }
    for (Boundary x : regions) {
      places[i++] = x.place();
    }
    for (Place p : localities) {
      if (p.id() != i) {
        throw new IllegalStateException("locality ids out of step at " + i);
      }
      places[i++] = p;
    }
    this.countryByCode = b.countryByCode;
    this.regionsByCode = b.regionsByCode;
    this.regionIndex = b.regionIndex;
    names.addAll(b.names);
    this.names = names.build();
  }

  /** What the boundary files yield, prepared on their own thread while localities load. */
  private static final class Boundaries {
    List<Boundary> countries;
    List<Boundary> regions;
    Map<String, Boundary> countryByCode = new HashMap<>();
    Map<String, List<Boundary>> regionsByCode = new HashMap<>();
    NameIndex.Builder names = new NameIndex.Builder(100_000);
    RegionIndex regionIndex;

    static Boundaries read(Path dir) throws IOException {
      Boundaries b = new Boundaries();
      b.countries = BoundaryFile.read(dir.resolve(COUNTRIES_FILE), 0);
      b.regions = BoundaryFile.read(dir.resolve(REGIONS_FILE), b.countries.size());
      for (Boundary x : b.countries) {
        b.countryByCode.put(x.place().country(), x);
        indexBoundaryNames(b.names, x);
      }
      for (Boundary x : b.regions) {
        b.regionsByCode.computeIfAbsent(x.place().admin1(), k -> new ArrayList<>(1)).add(x);
        indexBoundaryNames(b.names, x);
      }
      b.regionsByCode.replaceAll(
          (k, v) -> {
            v.sort(Comparator.comparingDouble((Boundary x) -> -x.geometry().getArea()));
            return List.copyOf(v);
          });
      b.regionIndex = new RegionIndex(b.regions);
      return b;
    }
  }

  /**
   * Countries whose place names are romanised from Cyrillic: their localities are also indexed
   * under the German and French spellings of their English names ({@link
   * NameNormalizer#westernSpellings}), which GeoNames lists for large towns only.
   */
  private static final Set<String> CYRILLIC_NAMED = Set.of("UA", "RU", "BY");

  /**
   * Countries of Arabic place names: their localities are also indexed under each key without its
   * leading article ("al hudaydah", "el hodeidah" -> "hodeidah"; "ar raqqah" -> "raqqah"), as news
   * mostly writes them.
   */
  private static final Set<String> ARABIC_NAMED =
      Set.of(
          "YE", "SA", "IQ", "SY", "LB", "JO", "PS", "EG", "LY", "TN", "DZ", "MA", "SD", "OM", "AE",
          "QA", "BH", "KW", "MR");

  /** The length of a leading Arabic article and its space in {@code s[from, to)}, or 0. */
  private static int arabicArticleLength(String s, int from, int to) {
    for (String a : new String[] {"al ", "el ", "ar ", "ad ", "as ", "ash ", "az ", "at ", "an "}) {
      if (to - from > a.length() && s.startsWith(a, from)) {
        return a.length();
      }
    }
    return 0;
  }

  /** Countries whose first-level regions are called oblasts in English. */
  private static final Set<String> OBLAST_COUNTRIES = Set.of("UA", "RU", "BY", "KZ", "KG", "BG");

  /**
   * Indexes every name of a boundary. Regions are also indexed under their ISO 3166-2 code and, in
   * the countries of {@link #OBLAST_COUNTRIES}, under their English names followed by "oblast"
   * ("Donetsk Oblast", "Kursk Oblast"), the English name reports use and the data lacks. Other
   * designators ("… region", "… State") are left to the geoparser: gold sets annotate "Kentucky",
   * not "Kentucky State". Country codes are not indexed: "US", "IN", "IT" or "NO" are words.
   */
  private static void indexBoundaryNames(NameIndex.Builder index, Boundary b) {
    Place p = b.place();
    int id = p.id();
    index.add(p.name(), id);
    for (String n : b.names().values()) {
      index.add(n, id);
    }
    for (String n : b.altNames()) {
      index.add(n, id);
    }
    if (p.kind() == Place.Kind.ADMIN1) {
      index.add(b.code(), id);
      if (OBLAST_COUNTRIES.contains(p.country())) {
        index.add(p.name() + " oblast", id);
        String en = b.names().get("en");
        if (en != null && !en.equals(p.name())) {
          index.add(en + " oblast", id);
        }
      }
    }
  }

  // ------------------------------------------------------------------ loading

  /**
   * Loads the geodata files of {@code dir} ({@value #COUNTRIES_FILE}, {@value #REGIONS_FILE},
   * {@value #LOCALITIES_FILE}).
   *
   * @throws IOException when a file is missing or malformed
   */
  public static Gazetteer load(Path dir) throws IOException {
    for (String f : List.of(COUNTRIES_FILE, REGIONS_FILE, LOCALITIES_FILE)) {
      if (!Files.isRegularFile(dir.resolve(f))) {
        throw new IOException(
            "geodata file " + dir.resolve(f) + " is missing (see geodata/README.md)");
      }
    }
    // Boundaries decode and index on a second thread while the localities are read and indexed
    // on this one; locality ids follow countries and regions, counted from the file headers.
    CompletableFuture<Boundaries> boundaries =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return Boundaries.read(dir);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    int firstLocality =
        BoundaryFile.count(dir.resolve(COUNTRIES_FILE))
            + BoundaryFile.count(dir.resolve(REGIONS_FILE));
    List<Place> localities = new ArrayList<>(140_000);
    NameIndex.Builder index = new NameIndex.Builder(600_000);
    LocalityFile.read(
        dir.resolve(LOCALITIES_FILE),
        firstLocality,
        (p, keys) -> {
          localities.add(p);
          int id = p.id();
          int start = 0;
          while (start < keys.length()) {
            int comma = keys.indexOf(',', start);
            int end = comma < 0 ? keys.length() : comma;
            index.addKey(keys, start, end, id);
            if (ARABIC_NAMED.contains(p.country())) {
              int article = arabicArticleLength(keys, start, end);
              if (article > 0 && end - start - article >= 5) {
                index.addKey(keys, start + article, end, id); // "al hudaydah" -> "hudaydah"
              }
              for (String v : NameNormalizer.arabicNewsSpellings(keys.substring(start, end))) {
                index.addKey(v, 0, v.length(), id); // "dayr al balah" -> "deir al balah"
              }
            }
            start = end + 1;
          }
          if (CYRILLIC_NAMED.contains(p.country())) {
            String own = normalize(p.name());
            for (String v : NameNormalizer.westernSpellings(own)) {
              index.addKey(v, 0, v.length(), id);
            }
            if (p.country().equals("UA")) {
              // "Hulyaypole", "Energodar": also as Ukraine's own romanisation writes them
              for (String v : NameNormalizer.ukrainianSpellings(own)) {
                index.addKey(v, 0, v.length(), id);
              }
            }
          }
        });
    Boundaries b;
    try {
      b = boundaries.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      throw e;
    }
    return new Gazetteer(b, localities, index);
  }

  /**
   * The gazetteer of {@link #defaultDirectory()}, loaded on first call and shared by every later
   * caller in this JVM (it is immutable).
   *
   * @throws UncheckedIOException when the geodata cannot be read
   */
  public static Gazetteer loadDefault() {
    Gazetteer g = shared;
    if (g == null) {
      synchronized (Gazetteer.class) {
        g = shared;
        if (g == null) {
          try {
            g = load(defaultDirectory());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          shared = g;
        }
      }
    }
    return g;
  }

  /**
   * Where the geodata files are: the system property {@code conflictmap.geodata}, else the
   * environment variable {@code CONFLICTMAP_GEODATA}, else {@code ./geodata}, else {@code geodata}
   * beside the directory of the running jar (so {@code java -jar target/conflictmap.jar} works from
   * anywhere in a checkout), else the copy inside the jar.
   */
  public static Path defaultDirectory() {
    String p = System.getProperty("conflictmap.geodata");
    if (p == null || p.isBlank()) {
      p = System.getenv("CONFLICTMAP_GEODATA");
    }
    if (p != null && !p.isBlank()) {
      return Path.of(p);
    }
    Path cwd = Path.of("geodata");
    if (Files.isRegularFile(cwd.resolve(REGIONS_FILE))) {
      return cwd;
    }
    try {
      Path jar =
          Path.of(Gazetteer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path beside = jar.getParent().getParent().resolve("geodata");
      if (Files.isRegularFile(beside.resolve(REGIONS_FILE))) {
        return beside;
      }
    } catch (Exception e) {
      // fall through to the copy inside the jar
    }
    Path inJar = extractFromClasspath();
    return inJar != null ? inJar : cwd;
  }

  /**
   * Copies the geodata files the jar carries (under {@code /geodata/}) into a temporary directory,
   * deleted when the JVM exits; {@code null} when the classpath has none.
   */
  private static Path extractFromClasspath() {
    if (Gazetteer.class.getResource("/geodata/" + REGIONS_FILE) == null) {
      return null;
    }
    try {
      Path dir = Files.createTempDirectory("conflictmap-geodata");
      dir.toFile().deleteOnExit();
      for (String f : List.of(COUNTRIES_FILE, REGIONS_FILE, LOCALITIES_FILE)) {
        try (var in = Gazetteer.class.getResourceAsStream("/geodata/" + f)) {
          if (in == null) {
            return null;
          }
          Files.copy(in, dir.resolve(f));
          dir.resolve(f).toFile().deleteOnExit();
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------ names

  /** The normalised key of {@code name}; see {@link NameNormalizer#normalize}. */
  public static String normalize(String name) {
    return NameNormalizer.normalize(name);
  }

  /**
   * The places carrying the normalised key {@code key} exactly (no transliteration), in the order
   * of the class contract; empty when none. {@code key} must come from {@link #normalize}. The
   * fastest look-up: for the geoparser's n-gram scan.
   */
  public List<Place> lookupNormalized(String key) {
    int slot = names.find(key);
    int n = names.count(slot);
    if (n == 0) {
      return List.of();
    }
    Place[] out = new Place[n];
    for (int i = 0; i < n; i++) {
      out[i] = places[names.id(slot, i)];
    }
    return Arrays.asList(out);
  }

  /** How many places carry the normalised key {@code key}; allocation-free. */
  public int countNormalized(String key) {
    return names.count(names.find(key));
  }

  /**
   * The places carrying {@code name} as people write it: its normalised key, or when that matches
   * nothing and the name is in Cyrillic, its Latin transliterations. Order as in the class
   * contract.
   */
  public List<Place> lookup(String name) {
    String key = normalize(name);
    List<Place> exact = lookupNormalized(key);
    if (!exact.isEmpty()) {
      return exact;
    }
    List<Place> out = new ArrayList<>();
    for (String t : NameNormalizer.transliterations(key)) {
      for (Place p : lookupNormalized(t)) {
        if (!out.contains(p)) {
          out.add(p);
        }
      }
    }
    return out;
  }

  /**
   * Ranked candidates for a free-text name, best first.
   *
   * @param q the name as written
   * @param country ISO 3166-1 alpha-2 code to keep only that country's places, or {@code null}
   * @param kind the kind to keep, or {@code null} for all
   * @param limit at most this many (at least 1)
   * @return candidates ordered by score (descending), then population, then id
   */
  public List<Candidate> search(String q, String country, Place.Kind kind, int limit) {
    String key = normalize(q);
    Map<Integer, Double> matches = new LinkedHashMap<>();
    for (Place p : lookupNormalized(key)) {
      matches.put(p.id(), normalize(p.name()).equals(key) ? 1.0 : 0.95);
    }
    for (String t : NameNormalizer.transliterations(key)) {
      for (Place p : lookupNormalized(t)) {
        matches.putIfAbsent(p.id(), 0.85);
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (Map.Entry<Integer, Double> e : matches.entrySet()) {
      Place p = places[e.getKey()];
      if ((country != null && !country.equalsIgnoreCase(p.country()))
          || (kind != null && kind != p.kind())) {
        continue;
      }
      double score = Math.round(e.getValue() * prominence(p) * 1000) / 1000.0;
      out.add(new Candidate(p, score));
    }
    out.sort(
        Comparator.comparingDouble((Candidate c) -> -c.score())
            .thenComparing(c -> -c.place().population())
            .thenComparingInt(c -> c.place().id()));
    return out.size() > limit ? List.copyOf(out.subList(0, Math.max(1, limit))) : out;
  }

  /**
   * How prominent a place is, in [0.5, 1]: countries 1, regions 0.85, localities 0.5 + 0.07 ×
   * log10(population + 1) capped at 0.95, capitals ({@code PPLC}) 0.05 more.
   */
  public static double prominence(Place p) {
    return switch (p.kind()) {
      case COUNTRY -> 1.0;
      case ADMIN1 -> 0.85;
      case LOCALITY ->
          Math.min(0.95, 0.5 + 0.07 * Math.log10(p.population() + 1.0))
              + ("PPLC".equals(p.featureCode()) ? 0.05 : 0.0);
    };
  }

  /** The largest number of words in any indexed name key (for n-gram scans of text). */
  public int maxNameTokens() {
    return names.maxTokens();
  }

  // ------------------------------------------------------------------ codes

  /** The country with ISO 3166-1 alpha-2 code {@code iso2} (case-insensitive). */
  public Optional<Place> country(String iso2) {
    return countryBoundary(iso2).map(Boundary::place);
  }

  /** The country polygon of {@code iso2} (case-insensitive). */
  public Optional<Boundary> countryBoundary(String iso2) {
    return iso2 == null
        ? Optional.empty()
        : Optional.ofNullable(countryByCode.get(iso2.toUpperCase(java.util.Locale.ROOT)));
  }

  /**
   * The region with ISO 3166-2 code {@code code} (case-insensitive); when several Natural Earth
   * regions share the code, the largest.
   */
  public Optional<Place> region(String code) {
    List<Boundary> r = regions(code);
    return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0).place());
  }

  /** Every region polygon carrying ISO 3166-2 code {@code code}, largest first; may be empty. */
  public List<Boundary> regions(String code) {
    return code == null
        ? List.of()
        : regionsByCode.getOrDefault(code.toUpperCase(java.util.Locale.ROOT), List.of());
  }

  /** All country polygons, ordered by ISO code. */
  public List<Boundary> countries() {
    return countries;
  }

  /** All admin-1 region polygons, in geodata order. */
  public List<Boundary> regions() {
    return regions;
  }

  /**
   * The place with id {@code id} (0 ≤ id &lt; {@link #size()}).
   *
   * @throws ArrayIndexOutOfBoundsException for any other id
   */
  public Place place(int id) {
    return places[id];
  }

  /** How many places: countries + regions + localities. */
  public int size() {
    return places.length;
  }

  // ------------------------------------------------------------------ points

  /**
   * How far off every polygon a point may lie and still be given the nearest region: 0.02°, about 2
   * km, several times the 99th-percentile border shift of the simplified polygons (see {@code
   * geodata/README.md}), so coastal towns whose point lies just off a simplified coastline still
   * get their region, while open sea stays in none.
   */
  public static final double COAST_TOLERANCE = 0.02;

  /**
   * The region and country containing ({@code lat}, {@code lon}), or, for a point off every polygon
   * by at most {@link #COAST_TOLERANCE}, the nearest region and its country; empty farther out at
   * sea and for non-finite coordinates.
   */
  public Optional<RegionMatch> reverse(double lat, double lon) {
    return regionIndex
        .locateNear(lat, lon, COAST_TOLERANCE)
        .map(r -> new RegionMatch(r, countryByCode.get(r.place().country())));
  }

  /** The reverse geocoder over the region polygons. */
  public RegionIndex regionIndex() {
    return regionIndex;
  }
}
