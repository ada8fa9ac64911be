package org.dvpp.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.dvpp.assessment.Answer;
import org.dvpp.assessment.Answers;
import org.dvpp.assessment.Fraction;
import org.dvpp.assessment.Instrument;
import org.dvpp.assessment.InstrumentDefinitions;
import org.dvpp.assessment.InvalidAnswersException;
import org.dvpp.assessment.ScoreResult;
import org.dvpp.domain.Violation;
import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.fhirpath.ExpressionNode;
import org.hl7.fhir.r4.fhirpath.FHIRPathEngine;
import org.hl7.fhir.r4.hapi.ctx.HapiWorkerContext;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Scoring a JSON-declared 30-item instrument with the declarative engine, against the same scoring written by hand in
 * Java, in one run. Both validate every answer (0–4, items 5, 10, ... 30 reverse-scored), reject unknown items, sum,
 * find the band, raise a flag and write an explanation, returning the same {@link ScoreResult}. {@link #main} prints the
 * ratio (target: at most 3x). See {@code benchmarks/README.md} for the command.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ScoringBenchmark {
    static final int ITEMS = 30;

    private Instrument declarative;
    private HandWritten handWritten;
    private Answers[] answerSets;
    private int next;
    private FHIRPathEngine fhirPath;
    private ExpressionNode fhirPathTotal;
    private QuestionnaireResponse[] responses;

    /**
     * The SDC-style expression for the same total: each item's answer, reverse-scored where the item number is a
     * multiple of five, summed with {@code aggregate}.
     */
    static final String FHIRPATH_TOTAL = "item.select(iif(linkId.substring(1).toInteger() mod 5 = 0, "
            + "4 - answer.value.first(), answer.value.first())).aggregate($this + $total, 0)";

    /** Builds the JSON definition, compiles it once, and prepares 64 random answer sets. */
    @Setup
    public void setup() {
        declarative = InstrumentDefinitions.fromJson(definition(), "benchmark");
        handWritten = new HandWritten();
        Random random = new Random(42);
        answerSets = new Answers[64];
        for (int s = 0; s < answerSets.length; s++) {
            Answers.Builder b = Answers.builder();
            for (int i = 1; i <= ITEMS; i++) {
                b.put("I" + i, random.nextInt(5));
            }
            answerSets[s] = b.build();
        }
        FhirContext fhir = FhirContext.forR4Cached();
        fhirPath = new FHIRPathEngine(new HapiWorkerContext(fhir, fhir.getValidationSupport()));
        fhirPathTotal = fhirPath.parse(FHIRPATH_TOTAL);
        responses = new QuestionnaireResponse[answerSets.length];
        for (int s = 0; s < answerSets.length; s++) {
            QuestionnaireResponse qr = new QuestionnaireResponse();
            for (int i = 1; i <= ITEMS; i++) {
                int v = ((Answer.Number) answerSets[s].getOrNull("I" + i)).value();
                qr.addItem().setLinkId("I" + i).addAnswer().setValue(new IntegerType(v));
            }
            responses[s] = qr;
            long total = Long.parseLong(fhirPath.evaluate(qr, fhirPathTotal).get(0).primitiveValue());
            if (!declarative.score(answerSets[s]).total().orElseThrow().equals(Fraction.of(total))) {
                throw new IllegalStateException("FHIRPath gives " + total + ", the engine "
                        + declarative.score(answerSets[s]).total());
            }
        }
        for (Answers a : answerSets) {
            if (!declarative.score(a).equals(handWritten.score(a))) {
                throw new IllegalStateException("the two scorers disagree: " + declarative.score(a) + " vs "
                        + handWritten.score(a));
            }
        }
    }

    static String definition() {
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= ITEMS; i++) {
            items.append(i > 1 ? "," : "").append("{\"id\":\"I").append(i).append("\",\"label\":\"item ").append(i)
                    .append("\",\"type\":\"choice\"").append(i % 5 == 0 ? ",\"reverse\":true" : "")
                    .append(",\"options\":[{\"value\":0,\"label\":\"never\"},{\"value\":1,\"label\":\"rarely\"},"
                            + "{\"value\":2,\"label\":\"sometimes\"},{\"value\":3,\"label\":\"often\"},"
                            + "{\"value\":4,\"label\":\"always\"}]}");
        }
        return "{\"schemaVersion\":1,\"id\":\"bench-30\",\"version\":\"1\",\"title\":\"Benchmark 30\","
                + "\"polarity\":\"LOWER_IS_BETTER\",\"source\":\"benchmark\",\"licence\":\"none\","
                + "\"items\":[" + items + "],\"total\":{\"method\":\"sum\"},"
                + "\"bands\":[{\"code\":\"low\",\"label\":\"low\",\"min\":0,\"max\":39},"
                + "{\"code\":\"mid\",\"label\":\"mid\",\"min\":40,\"max\":79},"
                + "{\"code\":\"high\",\"label\":\"high\",\"min\":80,\"max\":120}],"
                + "\"flags\":[{\"code\":\"last-high\",\"label\":\"last item high\",\"when\":\"I30 >= 3\"}]}";
    }

    /** @return a result from the declarative engine */
    @Benchmark
    public ScoreResult declarativeJson() {
        Answers a = answerSets[next++ & 63];
        return declarative.score(a);
    }

    /** @return the same result from hand-written Java */
    @Benchmark
    public ScoreResult handWrittenJava() {
        Answers a = answerSets[next++ & 63];
        return handWritten.score(a);
    }

    /** @return the same total from HAPI FHIR's FHIRPath engine, the expression parsed once and cached */
    @Benchmark
    public List<Base> fhirPathCached() {
        return fhirPath.evaluate(responses[next++ & 63], fhirPathTotal);
    }

    /** The baseline: the same instrument scored by hand. */
    static final class HandWritten {
        private static final String[] IDS = new String[ITEMS];
        private static final ScoreResult.BandResult LOW = new ScoreResult.BandResult("low", "low", "");
        private static final ScoreResult.BandResult MID = new ScoreResult.BandResult("mid", "mid", "");
        private static final ScoreResult.BandResult HIGH = new ScoreResult.BandResult("high", "high", "");
        private static final List<ScoreResult.RaisedFlag> FLAG = List.of(new ScoreResult.RaisedFlag("last-high",
                "last item high"));

        static {
            for (int i = 0; i < ITEMS; i++) {
                IDS[i] = "I" + (i + 1);
            }
        }

        ScoreResult score(Answers answers) {
            List<Violation> problems = null;
            long sum = 0;
            int found = 0;
            int last = 0;
            for (int i = 0; i < ITEMS; i++) {
                Answer a = answers.getOrNull(IDS[i]);
                if (a == null) {
                    problems = add(problems, IDS[i], "required", "an answer to item " + IDS[i] + " is required");
                    continue;
                }
                found++;
                if (a instanceof Answer.Number n && n.value() >= 0 && n.value() <= 4) {
                    int p = (i + 1) % 5 == 0 ? 4 - n.value() : n.value();
                    sum += p;
                    if (i == ITEMS - 1) {
                        last = p;
                    }
                } else {
                    problems = add(problems, IDS[i], "allowed-values", a.describe() + " is not allowed");
                }
            }
            if (found != answers.size()) {
                for (String k : answers.asMap().keySet()) {
                    if (!k.matches("I([1-9]|[12][0-9]|30)")) {
                        problems = add(problems, k, "unknown-item", "item " + k + " is not part of bench-30");
                    }
                }
            }
            if (problems != null) {
                throw new InvalidAnswersException("bench-30", problems);
            }
            ScoreResult.BandResult band = sum <= 39 ? LOW : sum <= 79 ? MID : HIGH;
            boolean flag = last >= 3;
            StringBuilder why = new StringBuilder(160);
            why.append("Benchmark 30 (bench-30 1): total ").append(sum).append(" = the sum of the points of 30 "
                    + "scored items (I1 ... I30); band ").append(band.code()).append(" '").append(band.label())
                    .append("' (").append(sum <= 39 ? "0–39" : sum <= 79 ? "40–79" : "80–120").append(')');
            if (flag) {
                why.append("; FLAG last-high: last item high (I30 >= 3)");
            }
            why.append('.');
            return new ScoreResult("bench-30", "1", Optional.empty(), Optional.of(Fraction.of(sum)),
                    Optional.of(band), Map.of(), flag ? FLAG : List.of(), List.of(), List.of(), List.of(),
                    why.toString());
        }

        private static List<Violation> add(List<Violation> l, String item, String rule, String message) {
            List<Violation> list = l == null ? new ArrayList<>() : l;
            list.add(new Violation("bench-30." + item, rule, "bench-30: " + message));
            return list;
        }
    }

    /**
     * Runs both benchmarks in one JMH run and prints the ratio. JMH options (such as {@code -f 1 -wi 2 -i 3}) are
     * passed through.
     *
     * @param args JMH command-line options
     * @throws RunnerException if JMH fails
     * @throws org.openjdk.jmh.runner.options.CommandLineOptionException if an option is wrong
     */
    public static void main(String[] args) throws RunnerException,
            org.openjdk.jmh.runner.options.CommandLineOptionException {
        Options options = new OptionsBuilder().parent(new CommandLineOptions(args))
                .include(ScoringBenchmark.class.getName() + "\\.").build();
        double engine = Double.NaN;
        double baseline = Double.NaN;
        for (RunResult r : new Runner(options).run()) {
            String name = r.getParams().getBenchmark();
            double score = r.getPrimaryResult().getScore();
            if (name.endsWith("declarativeJson")) {
                engine = score;
            } else if (name.endsWith("handWrittenJava")) {
                baseline = score;
            }
        }
        System.out.printf("declarative JSON %.1f ns/op, hand-written Java %.1f ns/op, ratio %.2fx (target <= 3x)%n",
                engine, baseline, Ratios.slowdown(engine, baseline));
    }
}
