package org.dvpp.reporting.internal;

import org.dvpp.reporting.Measure;
import org.dvpp.reporting.PublishedChange;
import org.dvpp.reporting.PublishedReport;
import org.dvpp.reporting.PublishedRow;
import org.dvpp.reporting.Rate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON: suppressed counts and withheld rates are {@code null} with a {@code suppressed} list naming them; each line's
 * {@code changes} holds its pre/post figures per instrument and score, with their own {@code suppressed} list.
 */
public final class JsonOut {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonOut() {
    }

    private static ObjectNode row(PublishedRow r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("key", r.key());
        o.put("label", r.label());
        ObjectNode counts = o.putObject("counts");
        ArrayNode hidden = o.putArray("suppressed");
        for (Measure m : Measure.values()) {
            if (r.count(m).suppressed()) {
                counts.putNull(m.name());
                hidden.add(m.name());
            } else {
                counts.put(m.name(), r.count(m).value().getAsLong());
            }
        }
        ObjectNode rates = o.putObject("rates");
        for (Rate rt : Rate.values()) {
            if (r.rate(rt).isPresent()) {
                rates.put(rt.name(), r.rate(rt).get());
            } else {
                rates.putNull(rt.name());
                hidden.add(rt.name());
            }
        }
        ArrayNode changes = o.putArray("changes");
        for (PublishedChange c : r.changes()) {
            ObjectNode x = changes.addObject();
            x.put("instrument", c.instrumentId());
            x.put("score", c.scoreId());
            x.put("label", c.label());
            x.put("rule", c.rule().name());
            ArrayNode suppressed = x.putArray("suppressed");
            count(x, suppressed, "pairs", c.pairs());
            count(x, suppressed, "improved", c.improved());
            count(x, suppressed, "unchanged", c.unchanged());
            count(x, suppressed, "deteriorated", c.deteriorated());
            value(x, suppressed, "meanBefore", c.meanBefore());
            value(x, suppressed, "meanAfter", c.meanAfter());
            value(x, suppressed, "meanChange", c.meanChange());
            value(x, suppressed, "improvedShare", c.improvedShare());
            value(x, suppressed, "deterioratedShare", c.deterioratedShare());
        }
        return o;
    }

    private static void count(ObjectNode o, ArrayNode suppressed, String name, org.dvpp.reporting.PublishedCount c) {
        if (c.suppressed()) {
            o.putNull(name);
            suppressed.add(name);
        } else {
            o.put(name, c.value().getAsLong());
        }
    }

    private static void value(ObjectNode o, ArrayNode suppressed, String name,
            java.util.Optional<java.math.BigDecimal> v) {
        if (v.isPresent()) {
            o.put(name, v.get());
        } else {
            o.putNull(name);
            suppressed.add(name);
        }
    }

    /**
     * @param r the report
     * @return pretty-printed JSON
     */
    public static String render(PublishedReport r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("title", r.title());
        o.put("from", r.from().toString());
        o.put("toExclusive", r.toExclusive().toString());
        o.put("by", r.by().name());
        o.put("hoursTarget", r.hoursTarget().toString());
        o.put("raw", r.raw());
        ObjectNode policy = o.putObject("disclosure");
        policy.put("threshold", r.policy().threshold());
        policy.put("rounding", r.policy().rounding());
        ArrayNode rows = o.putArray("rows");
        r.rows().forEach(x -> rows.add(row(x)));
        o.set("total", row(r.total()));
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o);
    }
}
