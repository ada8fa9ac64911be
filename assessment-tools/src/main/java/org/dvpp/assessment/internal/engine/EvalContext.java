package org.dvpp.assessment.internal.engine;

import org.dvpp.assessment.Fraction;
import org.jspecify.annotations.Nullable;

/** The per-score working state an expression reads: item points and states, computed scores, the total. */
public final class EvalContext {
    /** Item not answered. */
    public static final byte MISSING = 0;
    /** Item answered. */
    public static final byte ANSWERED = 1;
    /** Item declined. */
    public static final byte DECLINED = 2;
    /** Item not asked (skip logic). */
    public static final byte NOT_ASKED = 3;
    /** Item answered with a value it does not allow (already reported; not reported again as missing). */
    public static final byte INVALID = 4;

    /** Yes/no state: none (not a yes/no answer). */
    public static final byte YN_NONE = 0;
    /** Yes. */
    public static final byte YN_YES = 1;
    /** No. */
    public static final byte YN_NO = 2;
    /** Don't know. */
    public static final byte YN_DONT_KNOW = 3;

    final long[] points;
    final byte[] state;
    final byte[] yesNo;
    final @Nullable Fraction[] scores;
    @Nullable Fraction total;

    /**
     * @param items number of items
     * @param scoreCount number of subscale and derived scores
     */
    public EvalContext(int items, int scoreCount) {
        this.points = new long[items];
        this.state = new byte[items];
        this.yesNo = new byte[items];
        this.scores = new Fraction[scoreCount];
    }

    /** @return item points by index */
    public long[] points() {
        return points;
    }

    /** @return item states by index */
    public byte[] state() {
        return state;
    }

    /** @return yes/no states by index */
    public byte[] yesNo() {
        return yesNo;
    }

    /** @return scores by index (null when not computed) */
    public @Nullable Fraction[] scores() {
        return scores;
    }

    /** @param total the total, once known */
    public void total(@Nullable Fraction total) {
        this.total = total;
    }
}
