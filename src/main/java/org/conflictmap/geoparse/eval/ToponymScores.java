package org.conflictmap.geoparse.eval;

/**
 * Toponym figures of one gold set, named and defined as in {@code shared/eval/score.py}.
 *
 * @param documents gold documents
 * @param missingPredictions gold documents without a prediction line
 * @param gold gold toponyms ({@code tp + fn})
 * @param tp gold toponyms matched by a prediction
 * @param fp located predictions that matched nothing
 * @param precision {@code tp / (tp + fp)}
 * @param recall {@code tp / gold}
 * @param f1 harmonic mean of precision and recall
 * @param acc161 share of matched toponyms placed less than 161 km from the gold point
 * @param meanKm mean error of matched toponyms
 * @param medianKm median error of matched toponyms
 * @param auc area under the curve of log(1 + error) / log(20039), lower is better
 * @param e2e161 gold toponyms both found and placed within 161 km, divided by all gold toponyms
 */
public record ToponymScores(
    int documents,
    int missingPredictions,
    int gold,
    int tp,
    int fp,
    double precision,
    double recall,
    double f1,
    double acc161,
    double meanKm,
    double medianKm,
    double auc,
    double e2e161) {}
