package org.conflictmap.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plausible synthetic events for benchmarks and load tests: three years of dates, points scattered
 * around towns along the front line in Ukraine and in the Russian border regions, every ACLED type.
 * Deterministic for a given seed. The anchors are real towns with their ISO 3166-2 regions; the
 * events are invented.
 */
public final class SyntheticEvents {

  /** A town events cluster around. */
  record Anchor(
      String name, String country, String admin1, double lon, double lat, double weight) {}

  private static final List<Anchor> ANCHORS =
      List.of(
          new Anchor("Pokrovsk", "UA", "UA-14", 37.18, 48.28, 9),
          new Anchor("Kostiantynivka", "UA", "UA-14", 37.71, 48.53, 7),
          new Anchor("Bakhmut", "UA", "UA-14", 38.00, 48.60, 6),
          new Anchor("Toretsk", "UA", "UA-14", 37.85, 48.40, 5),
          new Anchor("Kramatorsk", "UA", "UA-14", 37.56, 48.72, 4),
          new Anchor("Vuhledar", "UA", "UA-14", 37.25, 47.78, 3),
          new Anchor("Kupiansk", "UA", "UA-63", 37.61, 49.71, 6),
          new Anchor("Vovchansk", "UA", "UA-63", 36.94, 50.29, 4),
          new Anchor("Kharkiv", "UA", "UA-63", 36.23, 49.99, 5),
          new Anchor("Lyman", "UA", "UA-14", 37.80, 48.98, 4),
          new Anchor("Siversk", "UA", "UA-14", 38.10, 48.87, 3),
          new Anchor("Huliaipole", "UA", "UA-23", 36.27, 47.66, 4),
          new Anchor("Orikhiv", "UA", "UA-23", 35.79, 47.57, 4),
          new Anchor("Kherson", "UA", "UA-65", 32.62, 46.64, 5),
          new Anchor("Nikopol", "UA", "UA-12", 34.37, 47.57, 4),
          new Anchor("Sumy", "UA", "UA-59", 34.80, 50.91, 4),
          new Anchor("Zaporizhzhia", "UA", "UA-23", 35.14, 47.84, 3),
          new Anchor("Odesa", "UA", "UA-51", 30.73, 46.48, 2),
          new Anchor("Kyiv", "UA", "UA-30", 30.52, 50.45, 2),
          new Anchor("Sudzha", "RU", "RU-KRS", 35.27, 51.19, 5),
          new Anchor("Kursk", "RU", "RU-KRS", 36.19, 51.73, 2),
          new Anchor("Belgorod", "RU", "RU-BEL", 36.59, 50.60, 4),
          new Anchor("Shebekino", "RU", "RU-BEL", 36.90, 50.41, 3),
          new Anchor("Bryansk", "RU", "RU-BRY", 34.36, 53.25, 2),
          new Anchor("Donetsk", "UA", "UA-14", 37.80, 48.02, 3),
          new Anchor("Horlivka", "UA", "UA-14", 38.03, 48.30, 2),
          new Anchor("Sievierodonetsk", "UA", "UA-09", 38.49, 48.95, 2),
          new Anchor("Sevastopol", "UA", "UA-40", 33.52, 44.62, 1));

  /** ACLED type, sub-type, relative frequency. */
  private static final String[][] TYPES = {
    {"explosions_remote_violence", "shelling_artillery_missile_attack", "40"},
    {"explosions_remote_violence", "air_drone_strike", "25"},
    {"battles", "armed_clash", "20"},
    {"violence_against_civilians", "attack", "4"},
    {"strategic_developments", "looting_property_destruction", "4"},
    {"protests", "peaceful_protest", "4"},
    {"riots", "violent_demonstration", "1"},
    {"battles", "government_regains_territory", "1"},
    {"battles", "non_state_actor_overtakes_territory", "1"}
  };

  private static final String[] ACTORS = {"Russian forces", "Ukrainian forces", "Civilians"};
  private static final LocalDate START = LocalDate.of(2023, 1, 1);
  private static final int DAYS = 3 * 365;

  private final SplittableRandom random;
  private final double totalWeight;
  private final int totalTypeWeight;

  public SyntheticEvents(long seed) {
    this.random = new SplittableRandom(seed);
    this.totalWeight = ANCHORS.stream().mapToDouble(Anchor::weight).sum();
    int t = 0;
    for (String[] type : TYPES) {
      t += Integer.parseInt(type[2]);
    }
    this.totalTypeWeight = t;
  }

  /** The next {@code n} events (ids 0). Not thread-safe. */
  public List<Event> next(int n) {
    List<Event> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(next());
    }
    return out;
  }

  /** One event. Not thread-safe. */
  public Event next() {
    Anchor a = pickAnchor();
    String[] type = pickType();
    int precision = random.nextInt(10) < 7 ? 1 : random.nextInt(2) == 0 ? 2 : 3;
    double spread = precision == 1 ? 0.03 : precision == 2 ? 0.15 : 0.0;
    double lon = a.lon() + random.nextDouble(-spread, spread + 1e-12);
    double lat = a.lat() + random.nextDouble(-spread, spread + 1e-12) * 0.7;
    LocalDate date = START.plusDays(random.nextInt(DAYS));
    String actor = ACTORS[random.nextInt(ACTORS.length)];
    String sentence =
        "Synthetic: "
            + type[1].replace('_', ' ')
            + " reported "
            + (precision == 1 ? "in " : precision == 2 ? "near " : "across the region of ")
            + a.name()
            + ".";
    return new Event(
        0,
        0,
        date,
        Event.DatePrecision.day,
        type[0],
        type[1],
        a.name(),
        precision == 3 ? Event.PlaceKind.admin1 : Event.PlaceKind.locality,
        a.country(),
        a.admin1(),
        null,
        lon,
        lat,
        precision,
        List.of(actor),
        0.5 + random.nextDouble() * 0.5,
        new Event.Evidence(0, sentence.length(), sentence));
  }

  private Anchor pickAnchor() {
    double r = random.nextDouble() * totalWeight;
    for (Anchor a : ANCHORS) {
      r -= a.weight();
      if (r <= 0) {
        return a;
      }
    }
    return ANCHORS.get(ANCHORS.size() - 1);
  }

  private String[] pickType() {
    int r = random.nextInt(totalTypeWeight);
    for (String[] t : TYPES) {
      r -= Integer.parseInt(t[2]);
      if (r < 0) {
        return t;
      }
    }
    return TYPES[0];
  }
}
