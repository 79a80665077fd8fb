package org.conflictmap.geoparse;

import java.util.List;
import java.util.Optional;

/**
 * What the geoparser needs of a gazetteer: names to candidate places, and countries by code.
 * Implementations must be safe to query from many threads at once.
 */
public interface PlaceLookup {

  /** The index key of a name as written ("Donets'k Oblast" -> "donetsk oblast"). */
  String normalise(String name);

  /** The places carrying the normalised {@code key}, in any order; empty when none. */
  List<Candidate> candidates(String key);

  /** The largest number of words in any indexed name. */
  int maxTokens();

  /** The country with ISO 3166-1 alpha-2 {@code code}. */
  Optional<Candidate> country(String code);

  /** The admin-1 region with ISO 3166-2 {@code code}. */
  Optional<Candidate> region(String code);
}
