package org.dvpp.assessment.internal.engine;

import java.util.ArrayList;
import java.util.List;
import org.dvpp.assessment.Fraction;
import org.dvpp.assessment.Range;
import org.jspecify.annotations.Nullable;

/**
 * A compiled expression of the engine's small, safe formula language (no script engine, no reflection). Grammar:
 *
 * <pre>
 * expr    := or
 * or      := and ("or" and)*
 * and     := not ("and" not)*
 * not     := "not" not | compare
 * compare := sum (("&gt;=" | "&lt;=" | "&gt;" | "&lt;" | "==" | "!=") sum)?
 * sum     := product (("+" | "-") product)*
 * product := unary (("*" | "/") unary)*
 * unary   := "-" unary | primary
 * primary := number | "true" | "false" | name | name "(" [expr ("," expr)*] ")" | "(" expr ")"
 * </pre>
 *
 * Names are item ids (their points), subscale or derived score ids, and {@code total}. Functions: {@code sum},
 * {@code mean}, {@code min}, {@code max} over numbers; {@code countYes(item, ...)}, {@code isYes(item)},
 * {@code isNo(item)}, {@code answered(item)} over items. A missing answer makes arithmetic unknown and comparisons
 * false. Nodes are immutable; evaluation allocates only the fractions it returns.
 */
public abstract class Expression {
    /** The two types. */
    public enum Type {
        /** An exact number. */
        NUMBER,
        /** True or false. */
        BOOLEAN
    }

    /** @return the node's type */
    public abstract Type type();

    /**
     * @param c the context
     * @return the number, or null when unknown (a missing answer)
     */
    public @Nullable Fraction number(EvalContext c) {
        throw new IllegalStateException("not a number expression");
    }

    /**
     * @param c the context
     * @return the truth value (false when unknown)
     */
    public boolean test(EvalContext c) {
        throw new IllegalStateException("not a condition");
    }

    /**
     * The range of values this node can take, by interval arithmetic.
     *
     * @param env ranges of the names
     * @return the range, or null when it cannot be bounded
     */
    public abstract @Nullable Range range(RangeEnvironment env);

    /** @param into receives the item indexes this expression reads */
    public abstract void itemsRead(List<Integer> into);

    /** Ranges of the names an expression reads. */
    public interface RangeEnvironment {
        /**
         * @param item item index
         * @return its points range
         */
        @Nullable Range item(int item);

        /**
         * @param score score index
         * @return its range
         */
        @Nullable Range score(int score);

        /** @return the total's range */
        @Nullable Range total();
    }

    static final class Constant extends Expression {
        final Fraction value;

        Constant(Fraction value) {
            this.value = value;
        }

        @Override
        public Type type() {
            return Type.NUMBER;
        }

        @Override
        public Fraction number(EvalContext c) {
            return value;
        }

        @Override
        public Range range(RangeEnvironment env) {
            return new Range(value, value);
        }

        @Override
        public void itemsRead(List<Integer> into) {
        }
    }

    static final class Bool extends Expression {
        final boolean value;

        Bool(boolean value) {
            this.value = value;
        }

        @Override
        public Type type() {
            return Type.BOOLEAN;
        }

        @Override
        public boolean test(EvalContext c) {
            return value;
        }

        @Override
        public @Nullable Range range(RangeEnvironment env) {
            return null;
        }

        @Override
        public void itemsRead(List<Integer> into) {
        }
    }

    static final class ItemRef extends Expression {
        final int index;

        ItemRef(int index) {
            this.index = index;
        }

        @Override
        public Type type() {
            return Type.NUMBER;
        }

        @Override
        public @Nullable Fraction number(EvalContext c) {
            return c.state[index] == EvalContext.ANSWERED ? Fraction.of(c.points[index]) : null;
        }

        @Override
        public @Nullable Range range(RangeEnvironment env) {
            return env.item(index);
        }

        @Override
        public void itemsRead(List<Integer> into) {
            into.add(index);
        }
    }

    static final class ScoreRef extends Expression {
        final int index;

        ScoreRef(int index) {
            this.index = index;
        }

        @Override
        public Type type() {
            return Type.NUMBER;
        }

        @Override
        public @Nullable Fraction number(EvalContext c) {
            return c.scores[index];
        }

        @Override
        public @Nullable Range range(RangeEnvironment env) {
            return env.score(index);
        }

        @Override
        public void itemsRead(List<Integer> into) {
        }
    }

    static final class TotalRef extends Expression {
        @Override
        public Type type() {
            return Type.NUMBER;
        }

        @Override
        public @Nullable Fraction number(EvalContext c) {
            return c.total;
        }

        @Override
        public @Nullable Range range(RangeEnvironment env) {
            return env.total();
        }

        @Override
        public void itemsRead(List<Integer> into) {
        }
    }

    static final class Negate extends Expression {
        final Expression inner;

        Negate(Expression inner) {
            this.inner = inner;
        }

        @Override
        public Type type() {
            return Type.NUMBER;
        }

        @Override
        public @Nullable Fraction number(EvalContext c) {
            Fraction v = inner.number(c);
            return v == null ? null : v.negate();
        }

        @Override
        public @Nullable Range range(RangeEnvironment env) {
            Range r = inner.range(env);
            return r == null ? null : new Range(r.max().negate(), r.min().negate());
        }

        @Override
        public void itemsRead(List<Integer> into) {
            inner.itemsRead(into);
        }
    }

    static final class Arithmetic extends Expression {
        final char op;
        final Expression left;
        final Expression right;

        Arithmetic(char op, Expression left, Expression right) {
            this.op = op;
            this.left = left;
            this.right = right;
        }

        @Override
        public Type type() {
            return Type.NUMBER;
        }

        @Override
        public @Nullable Fraction number(EvalContext c) {
            Fraction a = left.number(c);
            if (a == null) {
                return null;
            }
            Fraction b = right.number(c);
            if (b == null) {
                return null;
            }
            return switch (op) {
                case '+' -> a.plus(b);
                case '-' -> a.minus(b);
                case '*' -> a.times(b);
                default -> b.numerator() == 0 ? null : a.dividedBy(b);
            };
        }

        @Override
        public @Nullable Range range(RangeEnvironment env) {
            Range a = left.range(env);
            Range b = right.range(env);
            if (a == null || b == null) {
                return null;
            }
            switch (op) {
                case '+':
                    return new Range(a.min().plus(b.min()), a.max().plus(b.max()));
                case '-':
                    return new Range(a.min().minus(b.max()), a.max().minus(b.min()));
                case '*':
                    return corners(a.min().times(b.min()), a.min().times(b.max()), a.max().times(b.min()),
                            a.max().times(b.max()));
                default:
                    if (b.contains(Fraction.ZERO)) {
                        return null;
                    }
                    return corners(a.min().dividedBy(b.min()), a.min().dividedBy(b.max()), a.max().dividedBy(b.min()),
                            a.max().dividedBy(b.max()));
            }
        }

        private static Range corners(Fraction... values) {
            Fraction lo = values[0];
            Fraction hi = values[0];
            for (Fraction v : values) {
                lo = v.compareTo(lo) < 0 ? v : lo;
                hi = v.compareTo(hi) > 0 ? v : hi;
            }
            return new Range(lo, hi);
        }

        @Override
        public void itemsRead(List<Integer> into) {
            left.itemsRead(into);
            right.itemsRead(into);
        }
    }

    static final class Compare extends Expression {
        final String op;
        final Expression left;
        final Expression right;

        Compare(String op, Expression left, Expression right) {
            this.op = op;
            this.left = left;
            this.right = right;
        }

        @Override
        public Type type() {
            return Type.BOOLEAN;
        }

        @Override
        public boolean test(EvalContext c) {
            Fraction a = left.number(c);
            Fraction b = right.number(c);
            if (a == null || b == null) {
                return false;
            }
            int cmp = a.compareTo(b);
            return switch (op) {
                case ">=" -> cmp >= 0;
                case "<=" -> cmp <= 0;
                case ">" -> cmp > 0;
                case "<" -> cmp < 0;
                case "==" -> cmp == 0;
                default -> cmp != 0;
            };
        }

        @Override
        public @Nullable Range range(RangeEnvironment env) {
            return null;
        }

        @Override
        public void itemsRead(List<Integer> into) {
            left.itemsRead(into);
            right.itemsRead(into);
        }
    }

    static final class Logic extends Expression {
        final boolean and;
        final Expression left;
        final Expression right;

        Logic(boolean and, Expression left, Expression right) {
            this.and = and;
            this.left = left;
            this.right = right;
        }

        @Override
        public Type type() {
            return Type.BOOLEAN;
        }

        @Override
        public boolean test(EvalContext c) {
            return and ? left.test(c) && right.test(c) : left.test(c) || right.test(c);
        }

        @Override
        public @Nullable Range range(RangeEnvironment env) {
            return null;
        }

        @Override
        public void itemsRead(List<Integer> into) {
            left.itemsRead(into);
            right.itemsRead(into);
        }
    }

    static final class Not extends Expression {
        final Expression inner;

        Not(Expression inner) {
            this.inner = inner;
        }

        @Override
        public Type type() {
            return Type.BOOLEAN;
        }

        @Override
        public boolean test(EvalContext c) {
            return !inner.test(c);
        }

        @Override
        public @Nullable Range range(RangeEnvironment env) {
            return null;
        }

        @Override
        public void itemsRead(List<Integer> into) {
            inner.itemsRead(into);
        }
    }

    /** sum, mean, min, max. */
    static final class Aggregate extends Expression {
        final String fn;
        final Expression[] args;

        Aggregate(String fn, List<Expression> args) {
            this.fn = fn;
            this.args = args.toArray(new Expression[0]);
        }

        @Override
        public Type type() {
            return Type.NUMBER;
        }

        @Override
        public @Nullable Fraction number(EvalContext c) {
            Fraction acc = null;
            for (Expression e : args) {
                Fraction v = e.number(c);
                if (v == null) {
                    return null;
                }
                if (acc == null) {
                    acc = v;
                } else {
                    acc = switch (fn) {
                        case "min" -> v.compareTo(acc) < 0 ? v : acc;
                        case "max" -> v.compareTo(acc) > 0 ? v : acc;
                        default -> acc.plus(v);
                    };
                }
            }
            if (acc != null && fn.equals("mean")) {
                acc = acc.dividedBy(Fraction.of(args.length));
            }
            return acc;
        }

        @Override
        public @Nullable Range range(RangeEnvironment env) {
            Fraction lo = null;
            Fraction hi = null;
            for (Expression e : args) {
                Range r = e.range(env);
                if (r == null) {
                    return null;
                }
                if (lo == null || hi == null) {
                    lo = r.min();
                    hi = r.max();
                } else if (fn.equals("min")) {
                    lo = r.min().compareTo(lo) < 0 ? r.min() : lo;
                    hi = r.max().compareTo(hi) < 0 ? r.max() : hi;
                } else if (fn.equals("max")) {
                    lo = r.min().compareTo(lo) > 0 ? r.min() : lo;
                    hi = r.max().compareTo(hi) > 0 ? r.max() : hi;
                } else {
                    lo = lo.plus(r.min());
                    hi = hi.plus(r.max());
                }
            }
            if (lo == null || hi == null) {
                return null;
            }
            if (fn.equals("mean")) {
                Fraction n = Fraction.of(args.length);
                return new Range(lo.dividedBy(n), hi.dividedBy(n));
            }
            return new Range(lo, hi);
        }

        @Override
        public void itemsRead(List<Integer> into) {
            for (Expression e : args) {
                e.itemsRead(into);
            }
        }
    }

    /** countYes(item, ...). */
    static final class CountYes extends Expression {
        final int[] items;

        CountYes(int[] items) {
            this.items = items;
        }

        @Override
        public Type type() {
            return Type.NUMBER;
        }

        @Override
        public Fraction number(EvalContext c) {
            int n = 0;
            for (int i : items) {
                if (c.yesNo[i] == EvalContext.YN_YES) {
                    n++;
                }
            }
            return Fraction.of(n);
        }

        @Override
        public Range range(RangeEnvironment env) {
            return new Range(Fraction.ZERO, Fraction.of(items.length));
        }

        @Override
        public void itemsRead(List<Integer> into) {
            for (int i : items) {
                into.add(i);
            }
        }
    }

    /** isYes, isNo, answered. */
    static final class ItemTest extends Expression {
        final String fn;
        final int item;

        ItemTest(String fn, int item) {
            this.fn = fn;
            this.item = item;
        }

        @Override
        public Type type() {
            return Type.BOOLEAN;
        }

        @Override
        public boolean test(EvalContext c) {
            return switch (fn) {
                case "isYes" -> c.yesNo[item] == EvalContext.YN_YES;
                case "isNo" -> c.yesNo[item] == EvalContext.YN_NO;
                default -> c.state[item] == EvalContext.ANSWERED;
            };
        }

        @Override
        public @Nullable Range range(RangeEnvironment env) {
            return null;
        }

        @Override
        public void itemsRead(List<Integer> into) {
            into.add(item);
        }
    }

    /**
     * @return the item indexes this expression reads, in order, with repeats
     */
    public List<Integer> itemsRead() {
        List<Integer> l = new ArrayList<>();
        itemsRead(l);
        return l;
    }
}
