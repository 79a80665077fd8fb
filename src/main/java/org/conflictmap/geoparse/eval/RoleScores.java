package org.conflictmap.geoparse.eval;

/**
 * Event-role figures on the event-location sentences.
 *
 * <p>Gold spans are the distinct location spans of all verbs of a sentence. A predicted mention
 * with {@code role: "event"} is a hit when it overlaps a gold span, a false alarm otherwise. Since
 * the gold labels are per verb and not exhaustive, precision is a floor.
 *
 * @param documents gold sentences
 * @param goldSpans distinct gold location spans
 * @param predicted predicted event-role mentions
 * @param hits predicted event-role mentions overlapping a gold span
 * @param found gold spans overlapped by at least one predicted event-role mention
 * @param precision {@code hits / predicted}
 * @param recall {@code found / goldSpans}
 * @param f1 harmonic mean of precision and recall
 */
public record RoleScores(
    int documents,
    int goldSpans,
    int predicted,
    int hits,
    int found,
    double precision,
    double recall,
    double f1) {}
