package org.dvpp.benchmarks;

/** Turns two measured scores into the ratio a benchmark reports. */
public final class Ratios {
    private Ratios() {
    }

    /**
     * @param candidateNanos mean time of the SDK path
     * @param baselineNanos mean time of the baseline
     * @return how many times slower the SDK path is (1.0 = as fast)
     */
    public static double slowdown(double candidateNanos, double baselineNanos) {
        if (baselineNanos <= 0) {
            throw new IllegalArgumentException("baseline must be positive");
        }
        return candidateNanos / baselineNanos;
    }
}
