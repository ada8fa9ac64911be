package org.dvpp.assessment.internal.engine;

import org.dvpp.assessment.Answer;
import org.dvpp.assessment.AnswerType;
import org.dvpp.assessment.Item;
import org.jspecify.annotations.Nullable;

/** An item prepared for scoring: lookup tables instead of lists, so validation and points are array reads. */
final class CompiledItem {
    static final int CHOICE = 0;
    static final int YES_NO = 1;
    static final int RANGE = 2;
    static final int TEXT = 3;
    static final int DATE = 4;
    static final long INVALID = Long.MIN_VALUE;

    final Item item;
    final String id;
    final int kind;
    final int minValue;
    final int maxValue;
    /** Points by (value − minValue); {@link #INVALID} for values that are not options. */
    final long @Nullable [] points;
    final long yesPoints;
    final long noPoints;
    final boolean dontKnow;
    final boolean declinable;
    final boolean required;
    final boolean scored;
    final int maxLength;
    final @Nullable Expression askedWhen;
    final long minPoints;
    final long maxPoints;

    CompiledItem(Item item, int kind, int minValue, int maxValue, long @Nullable [] points, long yesPoints,
            long noPoints, boolean dontKnow, int maxLength, @Nullable Expression askedWhen, long minPoints,
            long maxPoints) {
        this.item = item;
        this.id = item.id();
        this.kind = kind;
        this.minValue = minValue;
        this.maxValue = maxValue;
        this.points = points;
        this.yesPoints = yesPoints;
        this.noPoints = noPoints;
        this.dontKnow = dontKnow;
        this.declinable = item.declinable();
        this.required = item.required();
        this.scored = item.scored();
        this.maxLength = maxLength;
        this.askedWhen = askedWhen;
        this.minPoints = minPoints;
        this.maxPoints = maxPoints;
    }

    /**
     * Checks one answer against this item and records it in the context: its points and state (answered, declined,
     * missing for blank text).
     *
     * @param i the item's index in the context
     * @param a the answer
     * @param c the context
     * @return null when the answer is allowed, otherwise {@code rule|message}
     */
    @Nullable String store(int i, Answer a, EvalContext c) {
        CompiledItem it = this;
        if (a instanceof Answer.Declined) {
            if (!it.declinable) {
                return "declined-not-allowed|item " + it.id + " cannot be declined; it takes "
                        + it.item.type().describeAllowed();
            }
            c.state[i] = EvalContext.DECLINED;
            return null;
        }
        switch (it.kind) {
            case CompiledItem.CHOICE:
            case CompiledItem.RANGE:
                if (a instanceof Answer.Number n) {
                    int v = n.value();
                    if (v >= it.minValue && v <= it.maxValue) {
                        long p = it.points == null ? v : it.points[v - it.minValue];
                        if (p != CompiledItem.INVALID) {
                            c.points[i] = p;
                            c.state[i] = EvalContext.ANSWERED;
                            return null;
                        }
                    }
                    if (it.declinable && v == 99) {
                        c.state[i] = EvalContext.DECLINED;
                        return null;
                    }
                }
                return "allowed-values|" + a.describe() + " is not an allowed answer to item " + it.id + "; allowed: "
                        + it.item.type().describeAllowed();
            case CompiledItem.YES_NO:
                if (a instanceof Answer.YesNo yn) {
                    switch (yn) {
                        case YES -> {
                            c.points[i] = it.yesPoints;
                            c.yesNo[i] = EvalContext.YN_YES;
                        }
                        case NO -> {
                            c.points[i] = it.noPoints;
                            c.yesNo[i] = EvalContext.YN_NO;
                        }
                        default -> {
                            if (!it.dontKnow) {
                                return "allowed-values|don't know is not an allowed answer to item " + it.id
                                        + "; allowed: yes or no";
                            }
                            c.points[i] = 0;
                            c.yesNo[i] = EvalContext.YN_DONT_KNOW;
                        }
                    }
                    c.state[i] = EvalContext.ANSWERED;
                    return null;
                }
                return "allowed-values|" + a.describe() + " is not an allowed answer to item " + it.id + "; allowed: "
                        + it.item.type().describeAllowed();
            case CompiledItem.TEXT:
                String text = a instanceof Answer.Text t ? t.text() : a instanceof Answer.Number n
                        ? Integer.toString(n.value()) : null;
                if (text == null) {
                    return "answer-type|item " + it.id + " takes text";
                }
                if (text.length() > it.maxLength) {
                    return "max-length|the answer to item " + it.id + " is longer than " + it.maxLength
                            + " characters";
                }
                c.state[i] = text.isBlank() ? EvalContext.MISSING : EvalContext.ANSWERED;
                return null;
            default:
                if (a instanceof Answer.Date) {
                    c.state[i] = EvalContext.ANSWERED;
                    return null;
                }
                return "answer-type|item " + it.id + " takes a date such as 2025-01-10; got " + a.describe();
        }
    }

    /**
     * @param item an item as a descriptor holds it (already valid)
     * @return it prepared for checking answers as the engine checks them; skip logic is the instrument's own affair
     */
    static CompiledItem of(Item item) {
        AnswerType type = item.type();
        if (type instanceof AnswerType.Choice ch) {
            int min = ch.options().stream().mapToInt(AnswerType.Option::value).min().orElse(0);
            int max = ch.options().stream().mapToInt(AnswerType.Option::value).max().orElse(0);
            long[] table = new long[max - min + 1];
            java.util.Arrays.fill(table, INVALID);
            for (AnswerType.Option op : ch.options()) {
                table[op.value() - min] = op.points();
            }
            long lo = ch.options().stream().mapToLong(AnswerType.Option::points).min().orElse(0);
            long hi = ch.options().stream().mapToLong(AnswerType.Option::points).max().orElse(0);
            return new CompiledItem(item, CHOICE, min, max, table, 0, 0, false, 0, null, lo, hi);
        }
        if (type instanceof AnswerType.YesNo yn) {
            return new CompiledItem(item, YES_NO, 0, 0, null, yn.yesPoints(), yn.noPoints(), yn.dontKnowAllowed(), 0,
                    null, Math.min(yn.yesPoints(), yn.noPoints()), Math.max(yn.yesPoints(), yn.noPoints()));
        }
        if (type instanceof AnswerType.IntegerRange r) {
            return new CompiledItem(item, RANGE, r.min(), r.max(), null, 0, 0, false, 0, null, r.min(), r.max());
        }
        if (type instanceof AnswerType.DayCount d) {
            return new CompiledItem(item, RANGE, 0, d.periodDays(), null, 0, 0, false, 0, null, 0, d.periodDays());
        }
        if (type instanceof AnswerType.FreeText t) {
            return new CompiledItem(item, TEXT, 0, 0, null, 0, 0, false, t.maxLength(), null, 0, 0);
        }
        return new CompiledItem(item, DATE, 0, 0, null, 0, 0, false, 0, null, 0, 0);
    }
}
