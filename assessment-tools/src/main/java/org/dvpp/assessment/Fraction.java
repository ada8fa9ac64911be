package org.dvpp.assessment;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.dvpp.domain.Classified;

/**
 * An exact rational number, the type of every score. Means and second-order formulas (such as URICA readiness,
 * {@code (ΣC + ΣA + ΣM − ΣPC) / 7}) stay exact, so a score can be reproduced to the digit years later; rounding happens
 * only for display ({@link #toDecimal(int)}).
 *
 * <p>Always in lowest terms with a positive denominator. Arithmetic that would overflow a {@code long} throws
 * {@link ArithmeticException} rather than giving a wrong answer.
 *
 * @param numerator the numerator
 * @param denominator the denominator, positive
 * @since 0.1
 */
@Classified
public record Fraction(long numerator, long denominator) implements Comparable<Fraction> {
    /** Zero. */
    public static final Fraction ZERO = new Fraction(0, 1);

    private static final Fraction[] SMALL = new Fraction[257];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = new Fraction(i - 128, 1);
        }
    }

    /** Normalises to lowest terms with a positive denominator; a zero denominator is refused. */
    public Fraction {
        if (denominator == 0) {
            throw new ArithmeticException("a fraction's denominator cannot be zero");
        }
        if (denominator != 1) {
            if (denominator < 0) {
                numerator = Math.negateExact(numerator);
                denominator = Math.negateExact(denominator);
            }
            long g = gcd(Math.abs(numerator), denominator);
            if (g > 1) {
                numerator /= g;
                denominator /= g;
            }
        }
    }

    /**
     * @param value a whole number
     * @return the fraction {@code value/1}
     */
    public static Fraction of(long value) {
        if (value >= -128 && value <= 128) {
            return SMALL[(int) value + 128];
        }
        return new Fraction(value, 1);
    }

    /**
     * @param numerator the numerator
     * @param denominator the denominator, not zero
     * @return the fraction in lowest terms
     */
    public static Fraction of(long numerator, long denominator) {
        return new Fraction(numerator, denominator);
    }

    /**
     * Parses {@code 27}, {@code -2}, {@code 65/7} or a plain decimal such as {@code 9.25}.
     *
     * @param text the text
     * @return the fraction
     * @throws NumberFormatException if the text is not one of those forms
     */
    public static Fraction parse(String text) {
        String t = text.strip();
        int slash = t.indexOf('/');
        if (slash >= 0) {
            return of(Long.parseLong(t.substring(0, slash).strip()), Long.parseLong(t.substring(slash + 1).strip()));
        }
        BigDecimal d = new BigDecimal(t);
        if (d.scale() <= 0) {
            return of(d.longValueExact());
        }
        return of(d.unscaledValue().longValueExact(), BigInteger.TEN.pow(d.scale()).longValueExact());
    }

    /** @return whether this is a whole number */
    public boolean isInteger() {
        return denominator == 1;
    }

    /**
     * @param other the addend
     * @return this + other
     */
    public Fraction plus(Fraction other) {
        if (denominator == 1 && other.denominator == 1) {
            return of(Math.addExact(numerator, other.numerator));
        }
        return of(Math.addExact(Math.multiplyExact(numerator, other.denominator),
                        Math.multiplyExact(other.numerator, denominator)),
                Math.multiplyExact(denominator, other.denominator));
    }

    /**
     * @param other the subtrahend
     * @return this − other
     */
    public Fraction minus(Fraction other) {
        return plus(other.negate());
    }

    /**
     * @param other the factor
     * @return this × other
     */
    public Fraction times(Fraction other) {
        return of(Math.multiplyExact(numerator, other.numerator), Math.multiplyExact(denominator, other.denominator));
    }

    /**
     * @param other the divisor, not zero
     * @return this ÷ other
     * @throws ArithmeticException if the divisor is zero
     */
    public Fraction dividedBy(Fraction other) {
        if (other.numerator == 0) {
            throw new ArithmeticException("division by zero");
        }
        return of(Math.multiplyExact(numerator, other.denominator), Math.multiplyExact(denominator, other.numerator));
    }

    /** @return −this */
    public Fraction negate() {
        return of(Math.negateExact(numerator), denominator);
    }

    /**
     * Rounds to the nearest whole number, halves away from zero (as people do by hand).
     *
     * @return the rounded value
     */
    public long roundHalfUp() {
        return toBigDecimal(0).longValueExact();
    }

    /**
     * @param scale digits after the decimal point
     * @return the value rounded half-up to that scale (for display)
     */
    public BigDecimal toBigDecimal(int scale) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
    }

    /**
     * @param scale digits after the decimal point
     * @return the value for display: a whole number as is, otherwise rounded half-up to {@code scale} digits
     */
    public String toDecimal(int scale) {
        return isInteger() ? Long.toString(numerator) : toBigDecimal(scale).toPlainString();
    }

    /** @return the value as a double (for charts, never for decisions) */
    public double doubleValue() {
        return (double) numerator / denominator;
    }

    @Override
    public int compareTo(Fraction o) {
        if (denominator == o.denominator) {
            return Long.compare(numerator, o.numerator);
        }
        return BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(o.denominator))
                .compareTo(BigInteger.valueOf(o.numerator).multiply(BigInteger.valueOf(denominator)));
    }

    /** @return {@code 27} or {@code 65/7} */
    @Override
    public String toString() {
        return denominator == 1 ? Long.toString(numerator) : numerator + "/" + denominator;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a == 0 ? 1 : a;
    }
}
