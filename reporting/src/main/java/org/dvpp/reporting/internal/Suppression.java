package org.dvpp.reporting.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Primary and secondary small-number suppression over a table of counts linked by additive constraints
 * ({@code total = part + part + ...}). Primary: every count from 1 to threshold-1. Secondary, repeated until nothing
 * changes: (1) a constraint with exactly one hidden member would give it away by subtraction, so its smallest visible
 * part (or else its total) is hidden too; (2) a constraint whose hidden sum, known from the visible members, equals the
 * least its hidden members could hold (1 for a small count, 0 for a complement or a hidden zero), or the most (all
 * primary, threshold-1 each), would pin each of them, so one more is hidden; (3) a hidden count that the constraints determine by linear algebra (across several
 * constraints) gets a visible neighbour hidden. Zeros stay visible unless the caller marks them as disclosing (a zero
 * among fewer people than the threshold) or they are chosen as a complement.
 */
public final class Suppression {
    private Suppression() {
    }

    /**
     * @param values the unprotected counts
     * @param constraints each {@code {total, part, part, ...}} as indexes into values
     * @param threshold the smallest publishable count
     * @return which counts to hide
     */
    public static boolean[] suppress(long[] values, List<int[]> constraints, int threshold) {
        return suppress(values, constraints, threshold, new boolean[values.length]);
    }

    /**
     * @param values the unprotected counts
     * @param constraints each {@code {total, part, part, ...}} as indexes into values
     * @param threshold the smallest publishable count
     * @param zeroDiscloses the cells whose zero would itself disclose (a zero among few people): hidden when zero, as
     *     primaries; a reader who knows the rule sees that such a hidden cell may be 0, so the least it could hold is 0
     * @return which counts to hide
     */
    public static boolean[] suppress(long[] values, List<int[]> constraints, int threshold, boolean[] zeroDiscloses) {
        int n = values.length;
        boolean[] hidden = new boolean[n];
        boolean[] primary = new boolean[n];
        for (int i = 0; i < n; i++) {
            primary[i] = values[i] > 0 && values[i] < threshold || values[i] == 0 && zeroDiscloses[i];
            hidden[i] = primary[i];
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[] c : constraints) {
                int count = 0;
                boolean allPrimary = true;
                long hiddenSum = 0;
                long least = 0;
                int hiddenParts = 0;
                for (int k = 0; k < c.length; k++) {
                    if (hidden[c[k]]) {
                        count++;
                        allPrimary &= primary[c[k]];
                        hiddenSum += values[c[k]];
                        // the least an attacker knows it holds: 1 for a small count, 0 for a zero that may be
                        // hidden or a complement
                        least += primary[c[k]] && !zeroDiscloses[c[k]] ? 1 : 0;
                        hiddenParts += k > 0 ? 1 : 0;
                    }
                }
                boolean pinned = count > 0 && count == hiddenParts
                        && (hiddenSum == least || allPrimary && hiddenSum == (long) count * (threshold - 1));
                if (count == 1 || pinned) {
                    changed |= hideComplement(values, hidden, c);
                }
            }
            if (!changed) {
                int determined = firstDetermined(hidden, constraints, n);
                if (determined >= 0) {
                    for (int[] c : constraints) {
                        if (contains(c, determined) && hideComplement(values, hidden, c)) {
                            changed = true;
                            break;
                        }
                    }
                }
            }
        }
        return hidden;
    }

    private static boolean contains(int[] c, int i) {
        for (int x : c) {
            if (x == i) {
                return true;
            }
        }
        return false;
    }

    /** Hides the smallest visible part of the constraint, or its total when every part is hidden. */
    private static boolean hideComplement(long[] values, boolean[] hidden, int[] c) {
        int best = -1;
        for (int k = 1; k < c.length; k++) {
            if (!hidden[c[k]] && (best < 0 || values[c[k]] < values[best])) {
                best = c[k];
            }
        }
        if (best < 0 && !hidden[c[0]]) {
            best = c[0];
        }
        if (best < 0) {
            return false;
        }
        hidden[best] = true;
        return true;
    }

    /**
     * @return a hidden index whose value the constraints fix exactly given the visible values (its unit vector lies in
     *     the row space of the constraints restricted to hidden columns), or -1
     */
    static int firstDetermined(boolean[] hidden, List<int[]> constraints, int n) {
        List<Integer> unknown = new ArrayList<>();
        int[] col = new int[n];
        for (int i = 0; i < n; i++) {
            col[i] = -1;
            if (hidden[i]) {
                col[i] = unknown.size();
                unknown.add(i);
            }
        }
        int u = unknown.size();
        if (u == 0) {
            return -1;
        }
        List<double[]> rows = new ArrayList<>();
        for (int[] c : constraints) {
            double[] r = new double[u];
            boolean any = false;
            for (int k = 0; k < c.length; k++) {
                if (col[c[k]] >= 0) {
                    r[col[c[k]]] += k == 0 ? 1 : -1;
                    any = true;
                }
            }
            if (any) {
                rows.add(r);
            }
        }
        double[][] m = rows.toArray(new double[0][]);
        int rank = reduce(m, u);
        for (int j = 0; j < u; j++) {
            // e_j is in the row space iff some reduced row equals e_j (rows are in reduced row echelon form)
            for (int r = 0; r < rank; r++) {
                boolean unit = Math.abs(m[r][j] - 1) < 1e-9;
                for (int k = 0; k < u && unit; k++) {
                    unit = k == j || Math.abs(m[r][k]) < 1e-9;
                }
                if (unit) {
                    return unknown.get(j);
                }
            }
        }
        return -1;
    }

    /** Gauss-Jordan elimination to reduced row echelon form; returns the rank. */
    private static int reduce(double[][] m, int cols) {
        int rank = 0;
        for (int c = 0; c < cols && rank < m.length; c++) {
            int pivot = -1;
            for (int r = rank; r < m.length; r++) {
                if (Math.abs(m[r][c]) > 1e-9) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            double[] t = m[pivot];
            m[pivot] = m[rank];
            m[rank] = t;
            double p = m[rank][c];
            for (int k = 0; k < cols; k++) {
                m[rank][k] /= p;
            }
            for (int r = 0; r < m.length; r++) {
                if (r != rank && Math.abs(m[r][c]) > 1e-9) {
                    double f = m[r][c];
                    for (int k = 0; k < cols; k++) {
                        m[r][k] -= f * m[rank][k];
                    }
                }
            }
            rank++;
        }
        return rank;
    }
}
