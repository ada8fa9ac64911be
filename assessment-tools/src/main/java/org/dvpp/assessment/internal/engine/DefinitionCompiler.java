package org.dvpp.assessment.internal.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dvpp.assessment.AnswerType;
import org.dvpp.assessment.Band;
import org.dvpp.assessment.Fraction;
import org.dvpp.assessment.InstrumentDescriptor;
import org.dvpp.assessment.InvalidDefinitionException;
import org.dvpp.assessment.Item;
import org.dvpp.assessment.Polarity;
import org.dvpp.assessment.Range;
import org.dvpp.assessment.ReliabilityParameters;
import org.dvpp.assessment.RuleDefinition;
import org.dvpp.assessment.ScoreDefinition;
import org.dvpp.assessment.internal.definition.BandDefinition;
import org.dvpp.assessment.internal.definition.DerivedDefinition;
import org.dvpp.assessment.internal.definition.InstrumentDefinition;
import org.dvpp.assessment.internal.definition.ItemDefinition;
import org.dvpp.assessment.internal.definition.OptionDefinition;
import org.dvpp.assessment.internal.definition.ReliabilityDefinition;
import org.dvpp.assessment.internal.definition.RuleDef;
import org.dvpp.assessment.internal.definition.SubscaleDefinition;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.Violation;
import org.jspecify.annotations.Nullable;

/**
 * Checks a parsed definition against every rule and compiles it into a {@link DeclarativeInstrument}. All problems are
 * collected (not just the first), each with its JSON path.
 */
public final class DefinitionCompiler {
    /** The definition schema version this engine reads. */
    public static final int SCHEMA_VERSION = 1;

    static final Pattern INSTRUMENT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    static final Pattern NAME_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,31}");
    static final Set<String> RESERVED = Set.of("total", "true", "false", "and", "or", "not", "sum", "mean", "min",
            "max", "countYes", "isYes", "isNo", "answered");
    static final int MAX_ITEMS = 500;
    static final int MAX_OPTIONS = 100;
    static final int MAX_LIST = 100;
    static final int MAX_LABEL = 300;
    static final int MAX_NOTE = 4000;
    static final int MAX_POINTS = 1_000_000;
    /** The message of a formula whose range cannot be computed exactly (found by fuzzing: it was an ArithmeticException). */
    static final String OVERFLOW = "the formula's values can go beyond exact arithmetic (a 64-bit numerator and "
            + "denominator, about ±9.2 × 10^18); use smaller constants or fewer products";

    private final String source;
    private final List<Violation> problems = new ArrayList<>();

    private DefinitionCompiler(String source) {
        this.source = source;
    }

    /**
     * @param d the parsed definition
     * @param source the file or resource it came from, for messages
     * @return the compiled instrument
     * @throws InvalidDefinitionException listing every problem with its JSON path
     */
    public static DeclarativeInstrument compile(InstrumentDefinition d, String source) {
        return new DefinitionCompiler(source).run(d);
    }

    private void problem(String path, String rule, String message) {
        problems.add(new Violation(path, rule, message));
    }

    private void fail() {
        if (!problems.isEmpty()) {
            throw new InvalidDefinitionException(source, problems);
        }
    }

    private String text(@Nullable String value, String path, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problem(path, "required", "is required");
            }
            return "";
        }
        if (value.length() > max) {
            problem(path, "max-length", "is " + value.length() + " characters long; at most " + max);
        }
        return value;
    }

    private <T> List<T> list(@Nullable List<T> l, String path, int max, boolean required) {
        if (l == null) {
            if (required) {
                problem(path, "required", "is required");
            }
            return List.of();
        }
        if (l.size() > max) {
            problem(path, "max-size", "has " + l.size() + " entries; at most " + max);
            return List.of();
        }
        for (int i = 0; i < l.size(); i++) {
            if (l.get(i) == null) {
                problem(path + "[" + i + "]", "required", "must not be null");
                return List.of();
            }
        }
        return l;
    }

    private DeclarativeInstrument run(InstrumentDefinition d) {
        if (d.schemaVersion() == null || d.schemaVersion() != SCHEMA_VERSION) {
            problem("$.schemaVersion", "supported-version", "must be " + SCHEMA_VERSION + " (got " + d.schemaVersion()
                    + ")");
        }
        String id = text(d.id(), "$.id", 64, true);
        if (!id.isEmpty() && !INSTRUMENT_ID.matcher(id).matches()) {
            problem("$.id", "pattern", "must be lower-case letters, digits and hyphens, at most 64 characters");
        }
        String version = text(d.version(), "$.version", 40, true);
        String title = text(d.title(), "$.title", MAX_LABEL, true);
        String source = text(d.source(), "$.source", MAX_NOTE, true);
        String licence = text(d.licence(), "$.licence", MAX_NOTE, true);
        Optional<String> profile = Optional.ofNullable(d.profile()).map(p -> text(p, "$.profile", 64, true));
        Polarity polarity = Polarity.NEUTRAL;
        if (d.polarity() == null) {
            problem("$.polarity", "required", "is required: LOWER_IS_BETTER, HIGHER_IS_BETTER or NEUTRAL");
        } else {
            try {
                polarity = Polarity.valueOf(d.polarity());
            } catch (IllegalArgumentException e) {
                problem("$.polarity", "allowed-values", "must be LOWER_IS_BETTER, HIGHER_IS_BETTER or NEUTRAL");
            }
        }
        int maxMissing = d.maxMissing() == null ? 0 : d.maxMissing();
        if (maxMissing < 0 || maxMissing > MAX_ITEMS) {
            problem("$.maxMissing", "range", "must be from 0 to " + MAX_ITEMS);
        }

        // items
        List<ItemDefinition> itemDefs = list(d.items(), "$.items", MAX_ITEMS, true);
        if (d.items() != null && itemDefs.isEmpty() && d.items().isEmpty()) {
            problem("$.items", "not-empty", "needs at least one item");
        }
        Map<String, Integer> itemIndex = new HashMap<>();
        List<CompiledItem> items = new ArrayList<>();
        for (int i = 0; i < itemDefs.size(); i++) {
            CompiledItem ci = item(itemDefs.get(i), "$.items[" + i + "]", itemIndex, items);
            if (ci != null) {
                if (itemIndex.containsKey(ci.id)) {
                    problem("$.items[" + i + "].id", "unique", "duplicate item id '" + ci.id + "' (first at $.items["
                            + itemIndex.get(ci.id) + "])");
                } else {
                    itemIndex.put(ci.id, items.size());
                }
                items.add(ci);
            }
        }
        fail();

        // subscales and derived scores share one namespace and one array
        List<CompiledScore> scores = new ArrayList<>();
        Map<String, Integer> scoreIndex = new HashMap<>();
        List<Range> scoreRanges = new ArrayList<>();
        List<SubscaleDefinition> subs = list(d.subscales(), "$.subscales", MAX_LIST, false);
        for (int s = 0; s < subs.size(); s++) {
            String path = "$.subscales[" + s + "]";
            SubscaleDefinition sd = subs.get(s);
            String sid = scoreId(sd.id(), path, itemIndex, scoreIndex);
            String label = text(sd.label(), path + ".label", MAX_LABEL, true);
            List<String> its = list(sd.items(), path + ".items", MAX_ITEMS, true);
            if (sd.items() != null && its.isEmpty()) {
                problem(path + ".items", "not-empty", "needs at least one item");
            }
            int[] idx = new int[its.size()];
            Set<String> seen = new HashSet<>();
            Fraction lo = Fraction.ZERO;
            Fraction hi = Fraction.ZERO;
            for (int k = 0; k < its.size(); k++) {
                Integer ix = itemIndex.get(its.get(k));
                if (ix == null) {
                    problem(path + ".items[" + k + "]", "defined", "'" + abbreviate(its.get(k))
                            + "' is not an item of this instrument");
                } else if (!seen.add(its.get(k))) {
                    problem(path + ".items[" + k + "]", "unique", "item '" + its.get(k) + "' is listed twice");
                } else if (items.get(ix).kind >= CompiledItem.TEXT) {
                    problem(path + ".items[" + k + "]", "numeric", "item '" + its.get(k)
                            + "' is text or a date and cannot be summed");
                } else {
                    idx[k] = ix;
                    lo = lo.plus(Fraction.of(items.get(ix).minPoints));
                    hi = hi.plus(Fraction.of(items.get(ix).maxPoints));
                }
            }
            String statistic = sd.statistic() == null ? "sum" : sd.statistic();
            if (!statistic.equals("sum") && !statistic.equals("mean")) {
                problem(path + ".statistic", "allowed-values", "must be sum or mean");
            }
            boolean mean = statistic.equals("mean");
            int subMissing = sd.maxMissing() == null ? 0 : sd.maxMissing();
            if (subMissing < 0 || subMissing >= Math.max(1, its.size())) {
                problem(path + ".maxMissing", "range", "must be from 0 to " + Math.max(0, its.size() - 1));
            }
            String when = sd.whenIncomplete() == null ? "error" : sd.whenIncomplete();
            if (!when.equals("error") && !when.equals("omit")) {
                problem(path + ".whenIncomplete", "allowed-values", "must be error or omit");
            }
            ScoreDefinition.OutcomeRule outcome = outcome(sd.outcome(), path + ".outcome");
            Range range = its.isEmpty() ? null : mean ? new Range(lo.dividedBy(Fraction.of(its.size())),
                    hi.dividedBy(Fraction.of(its.size()))) : new Range(lo, hi);
            String how = statistic + " of items " + String.join(", ", its)
                    + (subMissing > 0 ? "; up to " + subMissing + " may be missing"
                            + (Boolean.TRUE.equals(sd.prorate()) || mean ? ", pro-rated" : "") : "");
            if (problems.isEmpty()) {
                ScoreDefinition def = new ScoreDefinition(sid, label, how, its, Optional.ofNullable(range), outcome);
                scoreIndex.put(sid, scores.size());
                scores.add(new CompiledScore(def, idx, mean, subMissing, Boolean.TRUE.equals(sd.prorate()),
                        when.equals("omit"), null));
                scoreRanges.add(range);
            }
        }
        fail();
        List<DerivedDefinition> derived = list(d.derived(), "$.derived", MAX_LIST, false);
        for (int s = 0; s < derived.size(); s++) {
            String path = "$.derived[" + s + "]";
            DerivedDefinition dd = derived.get(s);
            String sid = scoreId(dd.id(), path, itemIndex, scoreIndex);
            String label = text(dd.label(), path + ".label", MAX_LABEL, true);
            Expression f = formula(dd.formula(), path + ".formula", itemIndex, items, scoreIndex, false,
                    Expression.Type.NUMBER);
            ScoreDefinition.OutcomeRule outcome = outcome(dd.outcome(), path + ".outcome");
            if (f != null && problems.isEmpty()) {
                Range range;
                try {
                    range = f.range(env(items, scoreRanges, null));
                } catch (ArithmeticException e) {
                    problem(path + ".formula", "overflow", OVERFLOW);
                    continue;
                }
                List<String> read = f.itemsRead().stream().map(i -> items.get(i).id).distinct().toList();
                ScoreDefinition def = new ScoreDefinition(sid, label, dd.formula(), read, Optional.ofNullable(range),
                        outcome);
                scoreIndex.put(sid, scores.size());
                scores.add(new CompiledScore(def, null, false, 0, false, true, f));
                scoreRanges.add(range);
            }
        }
        fail();

        // total
        int method = DeclarativeInstrument.TOTAL_NONE;
        Expression totalFormula = null;
        int totalMaxMissing = 0;
        boolean prorate = false;
        Range totalRange = null;
        String totalHow = "";
        List<CompiledItem> scored = items.stream().filter(x -> x.scored).toList();
        if (d.total() != null) {
            String m = d.total().method() == null ? "" : d.total().method();
            totalMaxMissing = d.total().maxMissing() == null ? 0 : d.total().maxMissing();
            prorate = Boolean.TRUE.equals(d.total().prorate());
            switch (m) {
                case "sum" -> {
                    method = DeclarativeInstrument.TOTAL_SUM;
                    if (scored.isEmpty()) {
                        problem("$.total.method", "scored-items", "a summed total needs at least one scored item");
                    }
                    if (totalMaxMissing < 0 || totalMaxMissing >= Math.max(1, scored.size())) {
                        problem("$.total.maxMissing", "range", "must be from 0 to " + Math.max(0, scored.size() - 1));
                    }
                    if (d.total().formula() != null) {
                        problem("$.total.formula", "not-allowed", "only a formula total has a formula");
                    }
                    long lo = 0;
                    long hi = 0;
                    for (CompiledItem x : scored) {
                        lo += x.minPoints;
                        hi += x.maxPoints;
                    }
                    totalRange = new Range(Fraction.of(lo), Fraction.of(hi));
                    totalHow = "the sum of the points of " + describeItems(scored);
                }
                case "formula" -> {
                    method = DeclarativeInstrument.TOTAL_FORMULA;
                    totalFormula = formula(d.total().formula(), "$.total.formula", itemIndex, items, scoreIndex,
                            false, Expression.Type.NUMBER);
                    if (d.total().maxMissing() != null || d.total().prorate() != null) {
                        problem("$.total", "not-allowed", "maxMissing and prorate apply to a summed total only; "
                                + "set them on the subscales a formula reads");
                    }
                    if (totalFormula != null) {
                        try {
                            totalRange = totalFormula.range(env(items, scoreRanges, null));
                        } catch (ArithmeticException e) {
                            problem("$.total.formula", "overflow", OVERFLOW);
                            break;
                        }
                        totalHow = d.total().formula();
                        if (totalRange == null) {
                            problem("$.total.formula", "bounded", "the formula's range cannot be bounded");
                        }
                    }
                }
                default -> problem("$.total.method", "allowed-values", "must be sum or formula");
            }
        }
        fail();

        // bands
        List<BandDefinition> bandDefs = list(d.bands(), "$.bands", MAX_LIST, false);
        List<Band> bands = new ArrayList<>();
        if (!bandDefs.isEmpty() && totalRange == null) {
            problem("$.bands", "needs-total", "bands need a total");
        }
        Set<String> bandCodes = new HashSet<>();
        for (int b = 0; b < bandDefs.size() && totalRange != null; b++) {
            String path = "$.bands[" + b + "]";
            BandDefinition bd = bandDefs.get(b);
            String code = text(bd.code(), path + ".code", 64, true);
            if (!code.isEmpty() && !bandCodes.add(code)) {
                problem(path + ".code", "unique", "duplicate band code '" + code + "'");
            }
            String label = text(bd.label(), path + ".label", MAX_LABEL, true);
            if (bd.min() == null || bd.max() == null) {
                problem(path, "required", "min and max are required");
                continue;
            }
            if (bd.min() > bd.max()) {
                problem(path, "min-max", "min " + bd.min() + " is greater than max " + bd.max());
                continue;
            }
            if (!bands.isEmpty()) {
                Band prev = bands.get(bands.size() - 1);
                if (bd.min() <= prev.max()) {
                    problem(path + ".min", "no-overlap", "band '" + code + "' starts at " + bd.min()
                            + ", inside band '" + prev.code() + "' (" + prev.min() + "–" + prev.max()
                            + "); bands must be listed lowest first and must not overlap");
                } else if (bd.min() != prev.max() + 1) {
                    problem(path + ".min", "no-gap", "totals " + (prev.max() + 1) + "–" + (bd.min() - 1)
                            + " fall in no band (gap between '" + prev.code() + "' and '" + code + "')");
                }
            }
            bands.add(new Band(code, label, bd.min(), bd.max(), bd.action() == null ? "" : text(bd.action(),
                    path + ".action", MAX_NOTE, false)));
        }
        if (!bands.isEmpty() && totalRange != null && problems.isEmpty()) {
            Fraction lo = totalRange.min();
            Fraction hi = totalRange.max();
            if (!lo.isInteger() || !hi.isInteger()) {
                problem("$.bands", "whole-total", "bands need a total whose range has whole-number ends (is "
                        + totalRange + ")");
            } else {
                if (bands.get(0).min() != lo.numerator()) {
                    problem("$.bands[0].min", "covers-range", "the lowest band must start at the lowest total, "
                            + lo + " (starts at " + bands.get(0).min() + ")");
                }
                if (bands.get(bands.size() - 1).max() != hi.numerator()) {
                    problem("$.bands[" + (bands.size() - 1) + "].max", "covers-range",
                            "the highest band must end at the highest total, " + hi + " (ends at "
                                    + bands.get(bands.size() - 1).max() + ")");
                }
            }
        }

        // flags and gates
        List<RuleDefinition> flags = new ArrayList<>();
        List<Expression> flagRules = new ArrayList<>();
        rules(d.flags(), "$.flags", false, itemIndex, items, scoreIndex, totalRange != null, flags, flagRules);
        List<RuleDefinition> gates = new ArrayList<>();
        List<Expression> gateRules = new ArrayList<>();
        rules(d.gates(), "$.gates", true, itemIndex, items, scoreIndex, totalRange != null, gates, gateRules);

        Optional<ReliabilityParameters> reliability = Optional.empty();
        if (d.reliability() != null) {
            reliability = reliability(d.reliability());
        }
        String missingNote = text(d.missingNote(), "$.missingNote", MAX_NOTE, false);
        fail();
        if (missingNote.isEmpty()) {
            missingNote = maxMissing == 0 ? "Every required item must be answered; no pro-rating."
                    : "Up to " + maxMissing + " required items may be missing"
                            + (prorate ? "; the total is pro-rated." : ".");
        }
        List<Item> apiItems = items.stream().map(x -> x.item).toList();
        InstrumentDescriptor descriptor;
        try {
            descriptor = new InstrumentDescriptor(id, version, title, profile, apiItems, Optional.ofNullable(totalRange),
                    totalHow, bands, scores.stream().map(s -> s.definition).toList(), flags, gates, missingNote,
                    polarity, source, licence, reliability);
        } catch (IllegalArgumentException | InvalidInputException e) {
            problem("$", "consistent", e.getMessage());
            fail();
            throw e;
        }
        return new DeclarativeInstrument(descriptor, items.toArray(new CompiledItem[0]), maxMissing, method,
                totalMaxMissing, prorate, totalFormula, scores.toArray(new CompiledScore[0]),
                flagRules.toArray(new Expression[0]), gateRules.toArray(new Expression[0]));
    }

    private static String describeItems(List<CompiledItem> scored) {
        if (scored.size() <= 12) {
            return "items " + String.join(", ", scored.stream().map(x -> x.id).toList());
        }
        return scored.size() + " scored items (" + scored.get(0).id + " ... " + scored.get(scored.size() - 1).id + ")";
    }

    private Optional<ReliabilityParameters> reliability(ReliabilityDefinition r) {
        String prov = text(r.provenance(), "$.reliability.provenance", MAX_NOTE, true);
        try {
            ReliabilityParameters p = new ReliabilityParameters(Optional.ofNullable(r.sd()),
                    Optional.ofNullable(r.reliability()), Optional.ofNullable(r.fixedChangePoints()),
                    r.z() == null ? ReliabilityParameters.Z_95 : r.z(), prov);
            return Optional.of(p);
        } catch (InvalidInputException e) {
            for (Violation v : e.violations()) {
                problem("$." + v.path(), v.rule(), v.message());
            }
            return Optional.empty();
        }
    }

    private void rules(@Nullable List<RuleDef> defs, String base, boolean gate, Map<String, Integer> itemIndex,
            List<CompiledItem> items, Map<String, Integer> scoreIndex, boolean hasTotal, List<RuleDefinition> out,
            List<Expression> compiled) {
        List<RuleDef> l = list(defs, base, MAX_LIST, false);
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < l.size(); i++) {
            String path = base + "[" + i + "]";
            RuleDef r = l.get(i);
            String code = text(r.code(), path + ".code", 64, true);
            if (!code.isEmpty() && !codes.add(code)) {
                problem(path + ".code", "unique", "duplicate code '" + code + "'");
            }
            String label = text(r.label(), path + ".label", MAX_LABEL, true);
            String otherwise = "";
            if (gate) {
                otherwise = text(r.otherwise(), path + ".otherwise", MAX_LABEL, true);
            } else if (r.otherwise() != null) {
                problem(path + ".otherwise", "not-allowed", "only gates have an 'otherwise'");
            }
            Expression e = formula(r.when(), path + ".when", itemIndex, items, scoreIndex, hasTotal,
                    Expression.Type.BOOLEAN);
            if (e != null) {
                out.add(new RuleDefinition(code, label, r.when(), otherwise));
                compiled.add(e);
            }
        }
    }

    private ScoreDefinition.OutcomeRule outcome(@Nullable String o, String path) {
        if (o == null || o.equals("none")) {
            return ScoreDefinition.OutcomeRule.NONE;
        }
        if (o.equals("use-days")) {
            return ScoreDefinition.OutcomeRule.USE_DAYS;
        }
        problem(path, "allowed-values", "must be none or use-days");
        return ScoreDefinition.OutcomeRule.NONE;
    }

    private String scoreId(@Nullable String sid, String path, Map<String, Integer> items, Map<String, Integer> scores) {
        String s = text(sid, path + ".id", 32, true);
        if (s.isEmpty()) {
            return s;
        }
        if (!NAME_ID.matcher(s).matches() || RESERVED.contains(s)) {
            problem(path + ".id", "pattern", "must start with a letter, use letters, digits and _ only, at most 32 "
                    + "characters, and not be a reserved word");
        } else if (items.containsKey(s) || scores.containsKey(s)) {
            problem(path + ".id", "unique", "'" + s + "' is already an item or score id");
        }
        return s;
    }

    private static Expression.RangeEnvironment env(List<CompiledItem> items, List<Range> scoreRanges,
            @Nullable Range total) {
        return new Expression.RangeEnvironment() {
            @Override
            public Range item(int item) {
                CompiledItem ci = items.get(item);
                return new Range(Fraction.of(ci.minPoints), Fraction.of(ci.maxPoints));
            }

            @Override
            public @Nullable Range score(int score) {
                return scoreRanges.get(score);
            }

            @Override
            public @Nullable Range total() {
                return total;
            }
        };
    }

    private @Nullable Expression formula(@Nullable String text, String path, Map<String, Integer> itemIndex,
            List<CompiledItem> items, Map<String, Integer> scoreIndex, boolean totalAllowed, Expression.Type type) {
        if (text == null || text.isBlank()) {
            problem(path, "required", "is required");
            return null;
        }
        int itemLimit = items.size();
        try {
            return ExpressionParser.parse(text, new ExpressionParser.Names() {
                @Override
                public int item(String name) {
                    Integer i = itemIndex.get(name);
                    return i == null || i >= itemLimit ? -1 : i;
                }

                @Override
                public int score(String name) {
                    Integer i = scoreIndex.get(name);
                    return i == null ? -1 : i;
                }

                @Override
                public boolean isYesNo(int itemIndex) {
                    return items.get(itemIndex).kind == CompiledItem.YES_NO;
                }

                @Override
                public boolean totalAllowed() {
                    return totalAllowed;
                }
            }, type);
        } catch (ExpressionParser.ParseException e) {
            problem(path, "formula", e.getMessage());
            return null;
        }
    }

    private @Nullable CompiledItem item(ItemDefinition it, String path, Map<String, Integer> earlier,
            List<CompiledItem> earlierItems) {
        String id = text(it.id(), path + ".id", 32, true);
        if (!id.isEmpty() && (!NAME_ID.matcher(id).matches() || RESERVED.contains(id))) {
            problem(path + ".id", "pattern", "must start with a letter, use letters, digits and _ only, at most 32 "
                    + "characters, and not be a reserved word");
        }
        String label = text(it.label(), path + ".label", MAX_LABEL, true);
        String type = it.type() == null ? "" : it.type().toLowerCase(Locale.ROOT);
        boolean reverse = Boolean.TRUE.equals(it.reverse());
        boolean scored = it.scored() == null ? !type.equals("text") && !type.equals("date") : it.scored();
        boolean required = it.required() == null || it.required();
        boolean declinable = Boolean.TRUE.equals(it.declinable());
        AnswerType answerType;
        int kind;
        int minValue = 0;
        int maxValue = 0;
        long[] table = null;
        long yes = 0;
        long no = 0;
        long minPoints = 0;
        long maxPoints = 0;
        int maxLength = 0;
        switch (type) {
            case "choice" -> {
                kind = CompiledItem.CHOICE;
                List<OptionDefinition> opts = list(it.options(), path + ".options", MAX_OPTIONS, true);
                if (it.options() != null && opts.size() < 2 && it.options().size() < 2) {
                    problem(path + ".options", "min-size", "a choice needs at least two options");
                }
                List<AnswerType.Option> options = new ArrayList<>();
                Set<Integer> values = new HashSet<>();
                for (int o = 0; o < opts.size(); o++) {
                    OptionDefinition od = opts.get(o);
                    String op = path + ".options[" + o + "]";
                    if (od.value() == null) {
                        problem(op + ".value", "required", "is required");
                        continue;
                    }
                    if (Math.abs((long) od.value()) > MAX_POINTS) {
                        problem(op + ".value", "range", "must be between -" + MAX_POINTS + " and " + MAX_POINTS);
                        continue;
                    }
                    if (!values.add(od.value())) {
                        problem(op + ".value", "unique", "value " + od.value() + " is used by two options");
                    }
                    int points = od.points() == null ? od.value() : od.points();
                    if (Math.abs((long) points) > MAX_POINTS) {
                        problem(op + ".points", "range", "must be between -" + MAX_POINTS + " and " + MAX_POINTS);
                        continue;
                    }
                    options.add(new AnswerType.Option(od.value(), points, text(od.label(), op + ".label", MAX_LABEL,
                            true)));
                }
                if (!options.isEmpty()) {
                    minValue = options.stream().mapToInt(AnswerType.Option::value).min().orElse(0);
                    maxValue = options.stream().mapToInt(AnswerType.Option::value).max().orElse(0);
                    if ((long) maxValue - minValue > 10_000) {
                        problem(path + ".options", "range", "option values must lie within 10000 of each other");
                        return null;
                    }
                    long lo = options.stream().mapToLong(AnswerType.Option::points).min().orElse(0);
                    long hi = options.stream().mapToLong(AnswerType.Option::points).max().orElse(0);
                    if (reverse) {
                        List<AnswerType.Option> rev = new ArrayList<>();
                        for (AnswerType.Option op : options) {
                            rev.add(new AnswerType.Option(op.value(), (int) (lo + hi - op.points()), op.label()));
                        }
                        options = rev;
                    }
                    table = new long[maxValue - minValue + 1];
                    java.util.Arrays.fill(table, CompiledItem.INVALID);
                    for (AnswerType.Option op : options) {
                        table[op.value() - minValue] = op.points();
                    }
                    minPoints = lo;
                    maxPoints = hi;
                }
                answerType = options.isEmpty() ? new AnswerType.IntegerRange(0, 0) : new AnswerType.Choice(options);
            }
            case "yesno" -> {
                kind = CompiledItem.YES_NO;
                yes = reverse ? 0 : 1;
                no = reverse ? 1 : 0;
                minPoints = 0;
                maxPoints = 1;
                answerType = new AnswerType.YesNo((int) yes, (int) no, Boolean.TRUE.equals(it.dontKnow()));
            }
            case "integer", "days" -> {
                kind = CompiledItem.RANGE;
                if (type.equals("days")) {
                    if (it.period() == null || it.period() < 1 || it.period() > 366) {
                        problem(path + ".period", "range", "a days item needs a period from 1 to 366");
                        return null;
                    }
                    maxValue = it.period();
                    answerType = new AnswerType.DayCount(it.period());
                } else {
                    if (it.min() == null || it.max() == null) {
                        problem(path, "required", "an integer item needs min and max");
                        return null;
                    }
                    if (it.min() > it.max() || Math.abs((long) it.min()) > MAX_POINTS
                            || Math.abs((long) it.max()) > MAX_POINTS) {
                        problem(path, "range", "min must not exceed max, and both must lie within ±" + MAX_POINTS);
                        return null;
                    }
                    minValue = it.min();
                    maxValue = it.max();
                    answerType = new AnswerType.IntegerRange(minValue, maxValue);
                }
                if (reverse) {
                    problem(path + ".reverse", "not-allowed", "only choice and yes/no items can be reverse-scored");
                }
                minPoints = minValue;
                maxPoints = maxValue;
            }
            case "text", "date" -> {
                kind = type.equals("text") ? CompiledItem.TEXT : CompiledItem.DATE;
                if (scored) {
                    problem(path + ".scored", "not-allowed", "text and date items cannot be scored");
                }
                maxLength = it.maxLength() == null ? 2000 : it.maxLength();
                if (maxLength < 1 || maxLength > 10_000) {
                    problem(path + ".maxLength", "range", "must be from 1 to 10000");
                }
                answerType = kind == CompiledItem.TEXT ? new AnswerType.FreeText(maxLength)
                        : new AnswerType.CalendarDate();
            }
            default -> {
                problem(path + ".type", "allowed-values", "must be choice, yesno, integer, days, text or date");
                return null;
            }
        }
        if (!type.equals("choice") && it.options() != null) {
            problem(path + ".options", "not-allowed", "only choice items have options");
        }
        if (!type.equals("yesno") && it.dontKnow() != null) {
            problem(path + ".dontKnow", "not-allowed", "only yes/no items take dontKnow");
        }
        Expression askedWhen = null;
        if (it.askedWhen() != null) {
            Map<String, Integer> before = new HashMap<>(earlier);
            askedWhen = formula(it.askedWhen(), path + ".askedWhen", before, earlierItems, Map.of(), false,
                    Expression.Type.BOOLEAN);
        }
        if (id.isEmpty()) {
            return null;
        }
        Item item = new Item(id, label, answerType, scored, required, declinable, Optional.ofNullable(it.askedWhen()));
        return new CompiledItem(item, kind, minValue, maxValue, table, yes, no, Boolean.TRUE.equals(it.dontKnow()),
                maxLength, askedWhen, minPoints, maxPoints);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

}
