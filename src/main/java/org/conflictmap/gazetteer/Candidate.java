package org.conflictmap.gazetteer;

/**
 * A place found for a name, with how well it fits.
 *
 * @param place the place
 * @param score in [0, 1]: how well the name matches (1 for the place's display name, 0.95 for
 *     another of its names, 0.85 for a transliteration) times how prominent the place is (countries
 *     1, regions 0.85, localities from 0.5 up by population); higher is better
 */
public record Candidate(Place place, double score) {}
