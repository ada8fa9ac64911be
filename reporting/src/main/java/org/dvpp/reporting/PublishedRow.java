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
 * @param changes pre/post change per instrument and score, in the report's order (the same scores on every line)
 */
@Classified
public record PublishedRow(String key, String label, Map<Measure, PublishedCount> counts,
        Map<Rate, Optional<BigDecimal>> rates, java.util.List<PublishedChange> changes) {

    /** Checks and copies. */
    public PublishedRow {
        Checks.required(key, "key");
        Checks.required(label, "label");
        counts = Map.copyOf(Checks.required(counts, "counts"));
        rates = Map.copyOf(Checks.required(rates, "rates"));
        changes = java.util.List.copyOf(Checks.required(changes, "changes"));
    }

    /**
     * A line without pre/post figures.
     *
     * @param key the key
     * @param label the label
     * @param counts every measure
     * @param rates every rate
     */
    public PublishedRow(String key, String label, Map<Measure, PublishedCount> counts,
            Map<Rate, Optional<BigDecimal>> rates) {
        this(key, label, counts, rates, java.util.List.of());
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
