package org.dvpp.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.dvpp.assessment.InstrumentDefinitions;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The formula language inside instrument definitions (derived scores, formula totals, flags, gates, skip logic), with
 * the definition around it kept valid so that every input reaches the formula parser, the compiler's range analysis
 * and scoring: item ranges, band limits and four formulas come from the fuzzer. Any input compiles or is refused with an
 * {@code InvalidDefinitionException}; a compiled instrument scores or refuses with an {@code InvalidAnswersException}.
 * Seeds in {@code FormulaFuzzTestInputs/formulas}.
 */
class FormulaFuzzTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @FuzzTest(maxDuration = "3m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void formulas(FuzzedDataProvider data) {
        int min = data.consumeInt();
        int max = data.consumeInt();
        int bandSplit = data.consumeInt();
        boolean formulaTotal = data.consumeBoolean();
        String derived = data.consumeString(400);
        String total = data.consumeString(400);
        String flag = data.consumeString(400);
        String asked = data.consumeString(200);

        ObjectNode d = JSON.createObjectNode();
        d.put("schemaVersion", 1).put("id", "formula-fuzz").put("version", "1.0.0").put("title", "t")
                .put("polarity", "NEUTRAL").put("source", "s").put("licence", "l");
        ArrayNode items = d.putArray("items");
        ObjectNode q1 = items.addObject().put("id", "Q1").put("label", "a").put("type", "choice");
        q1.putArray("options").add(JSON.createObjectNode().put("value", 0).put("label", "x"))
                .add(JSON.createObjectNode().put("value", 3).put("points", 5).put("label", "y"));
        items.addObject().put("id", "Q2").put("label", "b").put("type", "yesno").put("dontKnow", true);
        items.addObject().put("id", "Q3").put("label", "c").put("type", "integer").put("min", min).put("max", max);
        items.addObject().put("id", "Q4").put("label", "d").put("type", "yesno").put("scored", false)
                .put("required", false).put("askedWhen", asked);
        d.putArray("subscales").addObject().put("id", "S").put("label", "s").putArray("items").add("Q1").add("Q3");
        d.putArray("derived").addObject().put("id", "D").put("label", "d").put("formula", derived);
        ObjectNode t = d.putObject("total");
        if (formulaTotal) {
            t.put("method", "formula").put("formula", total);
        } else {
            t.put("method", "sum");
        }
        d.putArray("bands").add(JSON.createObjectNode().put("code", "low").put("label", "l").put("min", min)
                .put("max", bandSplit)).add(JSON.createObjectNode().put("code", "high").put("label", "h")
                .put("min", (long) bandSplit + 1).put("max", (long) max + 6));
        d.putArray("flags").addObject().put("code", "f").put("label", "f").put("when", flag);
        String json = JSON.writeValueAsString(d);
        Guard.typedOnly(() -> InstrumentDefinitionFuzzTest.exercise(InstrumentDefinitions.fromJson(json, "formula")));
    }
}
