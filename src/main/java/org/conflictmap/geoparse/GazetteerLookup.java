package org.conflictmap.geoparse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.gazetteer.NameNormalizer;
import org.conflictmap.gazetteer.Place;
import org.conflictmap.store.Event.PlaceKind;

/**
 * The project's {@link Gazetteer} seen as a {@link PlaceLookup}. A Cyrillic key that matches
 * nothing is also tried in Latin transliteration. Thread-safe: the gazetteer is immutable and
 * converted places are cached in an atomic array.
 */
public final class GazetteerLookup implements PlaceLookup {
  /**
   * Countries that write their place names in Cyrillic. A Cyrillic word read in Latin letters is
   * taken for a place of another country only when that is the place's own name ("Берлін" ->
   * Berlin): the alternate names of the rest of the world would make common words places ("Сили",
   * forces, is "Sili", a name of Chile).
   */
  private static final java.util.Set<String> CYRILLIC =
      java.util.Set.of("UA", "RU", "BY", "KZ", "KG", "TJ", "BG", "RS", "MK", "MN");

  private final Gazetteer gazetteer;
  private final AtomicReferenceArray<Candidate> cache;

  public GazetteerLookup(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.cache = new AtomicReferenceArray<>(gazetteer.size());
  }

  @Override
  public String normalise(String name) {
    return Gazetteer.normalize(name);
  }

  @Override
  public List<Candidate> candidates(String key) {
    boolean cyrillic = !key.isEmpty() && key.charAt(0) >= 0x0400 && key.charAt(0) <= 0x04FF;
    if (!cyrillic && gazetteer.countNormalized(key) == 0) {
      return List.of(); // the common case, without allocation
    }
    List<Place> places = gazetteer.lookupNormalized(key);
    if (places.isEmpty() && cyrillic) {
      List<Place> out = new ArrayList<>();
      for (String t : NameNormalizer.transliterations(key)) {
        for (Place p : gazetteer.lookupNormalized(t)) {
          if (!out.contains(p)
              && (CYRILLIC.contains(p.country()) || t.equals(normalise(p.name())))) {
            out.add(p);
          }
        }
      }
      places = out;
    }
    if (places.isEmpty()) {
      return List.of();
    }
    List<Candidate> out = new ArrayList<>(places.size());
    for (Place p : places) {
      out.add(candidate(p));
    }
    return out;
  }

  @Override
  public int maxTokens() {
    return gazetteer.maxNameTokens();
  }

  @Override
  public Optional<Candidate> country(String code) {
    return gazetteer.country(code).map(this::candidate);
  }

  @Override
  public Optional<Candidate> region(String code) {
    return gazetteer.region(code).map(this::candidate);
  }

  private Candidate candidate(Place p) {
    Candidate c = cache.get(p.id());
    if (c == null) {
      c =
          new Candidate(
              p.name(),
              switch (p.kind()) {
                case COUNTRY -> PlaceKind.country;
                case ADMIN1 -> PlaceKind.admin1;
                case LOCALITY -> PlaceKind.locality;
              },
              p.country(),
              p.admin1(),
              p.geonameId() == null ? null : p.geonameId().longValue(),
              p.lat(),
              p.lon(),
              p.population(),
              p.featureCode());
      cache.set(p.id(), c);
    }
    return c;
  }
}
