package org.dvpp.reporting.internal;

import org.dvpp.reporting.Measure;
import org.dvpp.reporting.PublishedReport;
import org.dvpp.reporting.PublishedRow;
import org.dvpp.reporting.Rate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** JSON: suppressed counts and withheld rates are {@code null} with a {@code suppressed} list naming them. */
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
        return o;
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
