package org.dvpp.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dvpp.assessment.Answers;
import org.dvpp.assessment.Fraction;
import org.dvpp.assessment.ScoreResult;
import org.dvpp.domain.DvppException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code dvpp score <id> --answers Q1=4,Q2=1,... [--json]}. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Score answers with an instrument.",
            "Answers: numbers, y/n/dk, na (declined), dates as 2025-01-10, anything else is text."})
final class ScoreCommand implements Callable<Integer> {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "The instrument id, such as audit (see: dvpp instruments list).")
    String id = "";

    @Option(names = "--answers", required = true, description = "Answers as ITEM=VALUE,ITEM=VALUE,...")
    String answers = "";

    @Option(names = "--json", description = "Print the result (or the error) as JSON.")
    boolean json;

    @Option(names = "--instruments-dir", description = "A directory of the agency's JSON instrument definitions.")
    @Nullable Path directory;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            ScoreResult r = InstrumentSupport.registry(spec, directory, spec.commandLine().getErr()).score(id, Answers.parse(answers));
            if (json) {
                out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(r)));
            } else {
                out.println(r.instrumentId() + " " + r.instrumentVersion()
                        + r.total().map(t -> ": total " + display(t)).orElse(": no total")
                        + r.band().map(b -> ", band " + b.code() + " (" + b.label() + ")").orElse(""));
                r.subscales().forEach((k, v) -> out.println("  " + k + " " + display(v)));
                r.flags().forEach(f -> out.println("  FLAG " + f.code() + ": " + f.label()));
                r.gates().forEach(g -> out.println("  " + g.code() + ": " + (g.met() ? "met" : "not met") + ", "
                        + g.message()));
                out.println(r.explanation());
            }
            return 0;
        } catch (DvppException e) {
            return Errors.report(spec, e, json);
        }
    }

    private static String display(Fraction f) {
        return f.isInteger() ? f.toString() : f.toDecimal(4) + " (exactly " + f + ")";
    }

    static ObjectNode toJson(ScoreResult r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("instrumentId", r.instrumentId());
        o.put("instrumentVersion", r.instrumentVersion());
        r.profile().ifPresent(p -> o.put("profile", p));
        if (r.total().isPresent()) {
            number(o, "total", r.total().get());
            o.put("totalExact", r.total().get().toString());
        } else {
            o.putNull("total");
        }
        if (r.band().isPresent()) {
            ObjectNode b = o.putObject("band");
            b.put("code", r.band().get().code());
            b.put("label", r.band().get().label());
            if (!r.band().get().action().isEmpty()) {
                b.put("action", r.band().get().action());
            }
        } else {
            o.putNull("band");
        }
        ObjectNode subs = o.putObject("subscales");
        ObjectNode exact = o.putObject("subscalesExact");
        for (Map.Entry<String, Fraction> e : r.subscales().entrySet()) {
            number(subs, e.getKey(), e.getValue());
            exact.put(e.getKey(), e.getValue().toString());
        }
        ArrayNode flags = o.putArray("flags");
        r.flags().forEach(f -> flags.addObject().put("code", f.code()).put("label", f.label()));
        ArrayNode gates = o.putArray("gates");
        r.gates().forEach(g -> gates.addObject().put("code", g.code()).put("met", g.met()).put("message", g.message()));
        ArrayNode missing = o.putArray("missingItems");
        r.missingItems().forEach(missing::add);
        ArrayNode declined = o.putArray("declinedItems");
        r.declinedItems().forEach(declined::add);
        o.put("explanation", r.explanation());
        return o;
    }

    private static void number(ObjectNode o, String key, Fraction f) {
        if (f.isInteger()) {
            o.put(key, f.numerator());
        } else {
            o.put(key, f.toBigDecimal(4));
        }
    }
}
