package org.dvpp.reporting;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.dvpp.domain.Checks;
import org.dvpp.domain.Classified;

/**
 * One line of a published report.
 *
 * @param key the line's key (area code, source, curriculum, group id, or TOTAL)
 * @param label a readable name
 * @param counts every measure
 * @param rates every rate, empty when withheld
 */
@Classified
public record PublishedRow(String key, String label, Map<Measure, PublishedCount> counts,
        Map<Rate, Optional<BigDecimal>> rates) {

    /** Checks and copies. */
    public PublishedRow {
        Checks.required(key, "key");
        Checks.required(label, "label");
        counts = Map.copyOf(Checks.required(counts, "counts"));
        rates = Map.copyOf(Checks.required(rates, "rates"));
    }

    /**
     * @param m a measure
     * @return its published count
     */
    public PublishedCount count(Measure m) {
        return counts.get(m);
    }

    /**
     * @param r a rate
     * @return its value, empty when withheld
     */
    public Optional<BigDecimal> rate(Rate r) {
        return rates.get(r);
    }
}
