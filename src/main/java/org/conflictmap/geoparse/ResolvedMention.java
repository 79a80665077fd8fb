package org.conflictmap.geoparse;

/**
 * A mention with the place chosen for it.
 *
 * @param raw the mention as found
 * @param place the chosen candidate
 * @param confidence 0..1, how clearly the chosen candidate beat the others
 */
public record ResolvedMention(RawMention raw, Candidate place, double confidence) {}
