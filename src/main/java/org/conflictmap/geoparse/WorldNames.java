package org.conflictmap.geoparse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.conflictmap.store.Event.PlaceKind;

/**
 * A {@link PlaceLookup} decorator adding what a gazetteer of countries, regions and towns lacks for
 * reading news ({@code world-names.tsv}, which documents its columns):
 *
 * <ul>
 *   <li>common names and abbreviations of countries ("Britain", "America", "U.S.", "DRC"), found
 *       before the gazetteer's own candidates;
 *   <li>conventional centre points of large countries, replacing the polygon's representative point
 *       (which can lie hundreds of kilometres from where atlases put the country);
 *   <li>colloquial names of admin-1 regions ("Донеччина", "Харківщина"), and the oblasts the
 *       "people's republics" claim ("ДНР");
 *   <li>current names of towns GeoNames lists under a former one ("Oleshky" for Tsyurupyns’k),
 *       shown under the current name;
 *   <li>continents, world regions and unions ("Europe", "EU", "Middle East", "African"): kind
 *       country with no country code; they are always context.
 * </ul>
 *
 * Immutable and thread-safe when the wrapped lookup is.
 */
public final class WorldNames implements PlaceLookup {
  private final PlaceLookup base;
  private final Map<String, List<Candidate>> aliases = new HashMap<>();
  private final Map<String, double[]> centres = new HashMap<>();
  private final Set<String> abbreviations = new HashSet<>();

  public WorldNames(PlaceLookup base) {
    this.base = base;
    load();
  }

  private void load() {
    try (InputStream in =
        WorldNames.class.getResourceAsStream("/org/conflictmap/geoparse/world-names.tsv")) {
      if (in == null) {
        throw new IllegalStateException("world-names.tsv missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      List<String[]> rows = new ArrayList<>();
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t", -1));
        }
      }
      for (String[] f : rows) {
        if (f[0].equals("country") && !f[2].isEmpty()) {
          centres.put(f[1], new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3])});
        }
      }
      for (String[] f : rows) {
        Candidate c;
        if (f[0].equals("region")) {
          Optional<Candidate> region = base.region(f[1]);
          if (region.isEmpty()) {
            continue;
          }
          c = region.get();
        } else if (f[0].equals("locality")) {
          Optional<Candidate> town =
              base.candidates(base.normalise(f[4])).stream()
                  .filter(x -> x.kind() == PlaceKind.locality && f[1].equals(x.admin1()))
                  .findFirst();
          if (town.isEmpty() || f.length < 6) {
            continue;
          }
          Candidate t = town.get(); // shown under its current name, the first alias
          c =
              new Candidate(
                  f[5].split(",")[0].trim(),
                  t.kind(),
                  t.country(),
                  t.admin1(),
                  t.geonameId(),
                  t.lat(),
                  t.lon(),
                  t.population(),
                  t.featureCode());
        } else if (f[0].equals("country")) {
          Optional<Candidate> country = country(f[1]);
          if (country.isEmpty()) {
            continue;
          }
          c = country.get();
        } else {
          c =
              new Candidate(
                  f[4],
                  PlaceKind.country,
                  f[1].isEmpty() ? null : f[1],
                  null,
                  null,
                  Double.parseDouble(f[2]),
                  Double.parseDouble(f[3]),
                  0,
                  "AREA");
        }
        if (f.length < 6 || f[5].isEmpty()) {
          continue;
        }
        for (String alias : f[5].split(",")) {
          String a = alias.trim();
          if (a.length() > 1
              && a.replace(".", "").equals(a.replace(".", "").toUpperCase(Locale.ROOT))) {
            abbreviations.add(a.replace(".", ""));
          }
          List<Candidate> list = aliases.computeIfAbsent(base.normalise(a), k -> new ArrayList<>());
          if (!list.contains(c)) {
            list.add(c);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** True for an abbreviation of the table written in capitals ("US", "U.S.", "UAE", "DRC"). */
  public boolean abbreviation(String surface) {
    return abbreviations.contains(surface.replace(".", ""));
  }

  /** True for a continent, world region or union of the table. */
  public static boolean area(Candidate c) {
    return "AREA".equals(c.featureCode()) && c.country() == null;
  }

  @Override
  public String normalise(String name) {
    return base.normalise(name);
  }

  @Override
  public List<Candidate> candidates(String key) {
    List<Candidate> own = aliases.get(key);
    List<Candidate> theirs = base.candidates(key);
    if (own == null) {
      return centred(theirs);
    }
    List<Candidate> out = new ArrayList<>(own);
    for (Candidate c : centred(theirs)) {
      if (!out.contains(c)
          && !(c.kind() == PlaceKind.country && containsCountry(out, c.country()))) {
        out.add(c);
      }
    }
    return out;
  }

  private static boolean containsCountry(List<Candidate> list, String code) {
    for (Candidate c : list) {
      if (c.kind() == PlaceKind.country && code != null && code.equals(c.country())) {
        return true;
      }
    }
    return false;
  }

  private List<Candidate> centred(List<Candidate> cs) {
    boolean any = false;
    for (Candidate c : cs) {
      if (c.kind() == PlaceKind.country && centres.containsKey(c.country())) {
        any = true;
        break;
      }
    }
    if (!any) {
      return cs;
    }
    List<Candidate> out = new ArrayList<>(cs.size());
    for (Candidate c : cs) {
      out.add(c.kind() == PlaceKind.country ? centre(c) : c);
    }
    return out;
  }

  private Candidate centre(Candidate c) {
    double[] p = centres.get(c.country());
    if (p == null) {
      return c;
    }
    return new Candidate(
        c.name(),
        c.kind(),
        c.country(),
        c.admin1(),
        c.geonameId(),
        p[0],
        p[1],
        c.population(),
        c.featureCode());
  }

  @Override
  public int maxTokens() {
    return Math.max(base.maxTokens(), 5);
  }

  @Override
  public Optional<Candidate> country(String code) {
    return base.country(code).map(this::centre);
  }

  @Override
  public Optional<Candidate> region(String code) {
    return base.region(code);
  }
}
