package org.dvpp.programme.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import org.dvpp.domain.casework.MotivationCheckIn;
import org.dvpp.programme.Casework;

/**
 * The trend of a man's readiness ruler over his last check-ins: the least-squares line through the last
 * {@link #WINDOW} readings (at least two), and the change it fits across them. One reading out of line does not make a
 * trend, and a slow, steady fall that no two neighbouring readings show does.
 *
 * @param trend the direction
 * @param slope the fitted change per reading, exact to 4 places
 * @param fittedChange the fitted change from the first to the last of the readings
 * @param readings how many readings it is judged on
 */
record MotivationTrend(Casework.Trend trend, BigDecimal slope, BigDecimal fittedChange, int readings) {
    /** How many of the latest readings the trend is judged on. */
    static final int WINDOW = 5;
    /** A fitted fall (or rise) of at least this many points across the readings is a trend. */
    static final int CHANGE = 2;

    static MotivationTrend of(List<MotivationCheckIn> checkIns) {
        List<MotivationCheckIn> sorted = checkIns.stream().sorted(Comparator.comparing(MotivationCheckIn::on)
                .thenComparing(c -> c.id().value())).toList();
        List<MotivationCheckIn> last = sorted.subList(Math.max(0, sorted.size() - WINDOW), sorted.size());
        int n = last.size();
        if (n < 2) {
            return new MotivationTrend(Casework.Trend.TOO_FEW_READINGS, BigDecimal.ZERO.setScale(4), BigDecimal.ZERO
                    .setScale(4), n);
        }
        // x = 0..n-1; slope = sum((x - mx)(y - my)) / sum((x - mx)^2); doubled to stay in integers
        long sumY = last.stream().mapToLong(MotivationCheckIn::readiness).sum();
        long sxy2 = 0;
        long sxx4 = 0;
        for (int i = 0; i < n; i++) {
            long dx2 = 2L * i - (n - 1); // 2(x - mx)
            sxy2 += dx2 * (n * (long) last.get(i).readiness() - sumY); // 2(x - mx) * n(y - my)
            sxx4 += dx2 * dx2;
        }
        // slope = (sxy2 / (2n)) / (sxx4 / 4) = 2 sxy2 / (n sxx4)
        BigDecimal slope = BigDecimal.valueOf(2 * sxy2).divide(BigDecimal.valueOf(n * sxx4), 4, RoundingMode.HALF_EVEN);
        BigDecimal fitted = BigDecimal.valueOf(2 * sxy2 * (n - 1)).divide(BigDecimal.valueOf(n * sxx4), 4,
                RoundingMode.HALF_EVEN);
        Casework.Trend t = fitted.compareTo(BigDecimal.valueOf(-CHANGE)) <= 0 ? Casework.Trend.FALLING
                : fitted.compareTo(BigDecimal.valueOf(CHANGE)) >= 0 ? Casework.Trend.RISING : Casework.Trend.STEADY;
        return new MotivationTrend(t, slope, fitted, n);
    }
}
