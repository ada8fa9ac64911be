package org.dvpp.assessment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The contract every instrument must meet, as plain checks returning a list of problems (empty when all is well). The
 * JUnit contract kit ({@code org.dvpp.assessment.testkit.InstrumentContract}) asserts them one by one; {@code dvpp
 * instruments validate} runs them on a JSON file.
 *
 * <p>Checks: the descriptor is complete (id pattern, version, title, source, licence); item, subscale, band, flag and gate
 * ids are unique; bands cover the whole total range without gap or overlap; the answers that minimise and maximise the
 * total (found item by item over every allowed answer) score exactly the declared minimum and maximum; every result
 * names the instrument and version and carries an explanation; an answer outside an item's allowed values and an
 * unknown item are rejected naming the item.
 *
 * @since 0.1
 */
public final class InstrumentChecks {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final int MAX_CANDIDATES = 1001;

    private InstrumentChecks() {
    }

    /**
     * Runs every check.
     *
     * @param instrument the instrument
     * @return the problems found, empty when the instrument meets the contract
     */
    public static List<String> check(Instrument instrument) {
        List<String> problems = new ArrayList<>(guarded(instrument, "describing itself", InstrumentChecks::checkDescriptor));
        if (!problems.isEmpty()) {
            return problems;
        }
        problems.addAll(guarded(instrument, "the unique-id check", InstrumentChecks::checkUniqueIds));
        problems.addAll(guarded(instrument, "the band check", InstrumentChecks::checkBands));
        problems.addAll(guarded(instrument, "the extremes check", InstrumentChecks::checkExtremes));
        problems.addAll(guarded(instrument, "the explanation check", InstrumentChecks::checkExplanation));
        problems.addAll(guarded(instrument, "the invalid-answer check", InstrumentChecks::checkRejectsInvalidAnswers));
        return problems;
    }

    /**
     * Runs one check, reporting an unexpected exception (from {@code descriptor()} or {@code score()}) as a failed
     * check rather than letting it escape.
     *
     * @param instrument the instrument
     * @param what the check's name, for the message
     * @param check the check
     * @return its problems, or one problem naming the exception
     */
    public static List<String> guarded(Instrument instrument, String what,
            java.util.function.Function<Instrument, List<String>> check) {
        try {
            return check.apply(instrument);
        } catch (RuntimeException e) {
            String id;
            try {
                id = instrument.id();
            } catch (RuntimeException e2) {
                id = instrument.getClass().getName();
            }
            return List.of(id + ": " + what + " failed: the instrument threw " + e);
        }
    }

    /**
     * @param instrument the instrument
     * @return problems with its identity, version, title, source and licence notes
     */
    public static List<String> checkDescriptor(Instrument instrument) {
        List<String> p = new ArrayList<>();
        InstrumentDescriptor d;
        try {
            d = instrument.descriptor();
        } catch (RuntimeException e) {
            return List.of("descriptor() threw " + e);
        }
        if (d == null) {
            return List.of("descriptor() returned null");
        }
        if (!ID.matcher(d.id()).matches()) {
            p.add("id '" + d.id() + "' must be lower-case letters, digits and hyphens");
        }
        if (d.version().isBlank()) {
            p.add(d.id() + ": version is blank");
        }
        if (d.title().isBlank()) {
            p.add(d.id() + ": title is blank");
        }
        if (d.source().isBlank()) {
            p.add(d.id() + ": source note is blank");
        }
        if (d.licence().isBlank()) {
            p.add(d.id() + ": licence note is blank");
        }
        if (d.items().isEmpty()) {
            p.add(d.id() + ": has no items");
        }
        for (Item i : d.items()) {
            if (i.label().isBlank()) {
                p.add(d.id() + ": item " + i.id() + " has no label");
            }
        }
        return p;
    }

    /**
     * @param instrument the instrument
     * @return duplicate ids among items, scores, bands, flags and gates
     */
    public static List<String> checkUniqueIds(Instrument instrument) {
        InstrumentDescriptor d = instrument.descriptor();
        List<String> p = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Item i : d.items()) {
            if (!names.add(i.id())) {
                p.add(d.id() + ": duplicate item or score id " + i.id());
            }
        }
        for (ScoreDefinition s : d.subscales()) {
            if (!names.add(s.id())) {
                p.add(d.id() + ": duplicate item or score id " + s.id());
            }
        }
        dup(d.id(), "band", d.bands().stream().map(Band::code).toList(), p);
        dup(d.id(), "flag", d.flags().stream().map(RuleDefinition::code).toList(), p);
        dup(d.id(), "gate", d.gates().stream().map(RuleDefinition::code).toList(), p);
        return p;
    }

    private static void dup(String id, String kind, List<String> codes, List<String> p) {
        Set<String> seen = new HashSet<>();
        for (String c : codes) {
            if (!seen.add(c)) {
                p.add(id + ": duplicate " + kind + " code " + c);
            }
        }
    }

    /**
     * @param instrument the instrument
     * @return gaps, overlaps, disorder, or bands not covering the total's whole range
     */
    public static List<String> checkBands(Instrument instrument) {
        InstrumentDescriptor d = instrument.descriptor();
        List<Band> bands = d.bands();
        if (bands.isEmpty()) {
            return List.of();
        }
        List<String> p = new ArrayList<>();
        if (d.totalRange().isEmpty()) {
            return List.of(d.id() + ": has bands but no total");
        }
        Range r = d.totalRange().get();
        if (!r.min().isInteger() || !r.max().isInteger()) {
            return List.of(d.id() + ": bands need a whole-number total range; range is " + r);
        }
        if (bands.get(0).min() != r.min().numerator()) {
            p.add(d.id() + ": lowest band starts at " + bands.get(0).min() + ", not at the lowest total " + r.min());
        }
        if (bands.get(bands.size() - 1).max() != r.max().numerator()) {
            p.add(d.id() + ": highest band ends at " + bands.get(bands.size() - 1).max() + ", not at the highest total "
                    + r.max());
        }
        for (int i = 1; i < bands.size(); i++) {
            Band prev = bands.get(i - 1);
            Band b = bands.get(i);
            if (b.min() <= prev.max()) {
                p.add(d.id() + ": band " + b.code() + " overlaps " + prev.code() + " or is out of order");
            } else if (b.min() != prev.max() + 1) {
                p.add(d.id() + ": totals " + (prev.max() + 1) + "–" + (b.min() - 1) + " fall in no band");
            }
        }
        for (long t = r.min().numerator(); t <= r.max().numerator() && t - r.min().numerator() <= 100_000; t++) {
            long tt = t;
            long n = bands.stream().filter(b -> b.contains(tt)).count();
            if (n != 1) {
                p.add(d.id() + ": total " + t + " falls in " + n + " bands");
                break;
            }
        }
        return p;
    }

    /**
     * @param instrument the instrument
     * @return problems when the answers that minimise or maximise the total do not score the declared range ends
     */
    public static List<String> checkExtremes(Instrument instrument) {
        InstrumentDescriptor d = instrument.descriptor();
        if (d.totalRange().isEmpty()) {
            return List.of();
        }
        List<String> p = new ArrayList<>();
        Range r = d.totalRange().get();
        Optional<Answers> lo = extremeAnswers(instrument, false);
        Optional<Answers> hi = extremeAnswers(instrument, true);
        if (lo.isEmpty() || hi.isEmpty()) {
            return List.of(d.id() + ": no valid set of answers could be found to score");
        }
        Fraction min = instrument.score(lo.get()).total().orElse(null);
        Fraction max = instrument.score(hi.get()).total().orElse(null);
        if (min == null || max == null) {
            return List.of(d.id() + ": declares a total range but scores no total");
        }
        if (min.compareTo(r.min()) != 0) {
            p.add(d.id() + ": lowest reachable total is " + min + ", declared minimum is " + r.min());
        }
        if (max.compareTo(r.max()) != 0) {
            p.add(d.id() + ": highest reachable total is " + max + ", declared maximum is " + r.max());
        }
        return p;
    }

    /**
     * @param instrument the instrument
     * @return problems with results: a missing explanation, the wrong id or version
     */
    public static List<String> checkExplanation(Instrument instrument) {
        InstrumentDescriptor d = instrument.descriptor();
        Optional<Answers> a = extremeAnswers(instrument, false);
        if (a.isEmpty()) {
            return List.of(d.id() + ": no valid set of answers could be found to score");
        }
        List<String> p = new ArrayList<>();
        ScoreResult r = instrument.score(a.get());
        if (!r.instrumentId().equals(d.id())) {
            p.add(d.id() + ": result names instrument " + r.instrumentId());
        }
        if (!r.instrumentVersion().equals(d.version())) {
            p.add(d.id() + ": result names version " + r.instrumentVersion() + ", descriptor says " + d.version());
        }
        if (r.explanation().isBlank()) {
            p.add(d.id() + ": result has no explanation");
        }
        if (!r.equals(instrument.score(a.get()))) {
            p.add(d.id() + ": scoring the same answers twice gave different results");
        }
        if (d.totalRange().isPresent() != r.total().isPresent()) {
            p.add(d.id() + ": declares " + (d.totalRange().isPresent() ? "a" : "no") + " total but the result has "
                    + (r.total().isPresent() ? "one" : "none"));
        }
        return p;
    }

    /**
     * @param instrument the instrument
     * @return problems when an answer above or below an item's values or between its options, a declined answer to an
     *     item that may not be declined, an unknown item, a missing required item or an empty set of answers is not
     *     rejected (naming the item where there is one), or
     *     is met with an exception other than {@link InvalidAnswersException}
     */
    public static List<String> checkRejectsInvalidAnswers(Instrument instrument) {
        InstrumentDescriptor d = instrument.descriptor();
        Optional<Answers> base = extremeAnswers(instrument, false);
        if (base.isEmpty()) {
            return List.of(d.id() + ": no valid set of answers could be found to score");
        }
        List<String> p = new ArrayList<>();
        for (Item item : d.items()) {
            for (Answer bad : invalidAnswers(item.type())) {
                Map<String, Answer> m = new LinkedHashMap<>(base.get().asMap());
                m.put(item.id(), bad);
                expectRejection(instrument, Answers.of(m), item.id(), "answer " + bad.describe() + " to " + item.id(),
                        p);
            }
        }
        // "declined to answer" where the item does not allow declining must be refused, never scored as zero
        for (Item item : d.items()) {
            if (item.declinable() || !base.get().asMap().containsKey(item.id())) {
                continue;
            }
            Map<String, Answer> declined = new LinkedHashMap<>(base.get().asMap());
            declined.put(item.id(), Answer.declined());
            expectRejection(instrument, Answers.of(declined), item.id(), "a declined answer to " + item.id()
                    + " (which may not be declined)", p);
        }
        Map<String, Answer> m = new LinkedHashMap<>(base.get().asMap());
        m.put("NO_SUCH_ITEM_X", Answer.of(0));
        expectRejection(instrument, Answers.of(m), "NO_SUCH_ITEM_X", "an unknown item", p);
        // a missing required item must be refused, or else reported in the result's missing items (an instrument
        // that prorates, say); accepting it silently is a fault
        List<String> required = new ArrayList<>();
        for (Item item : d.items()) {
            if (!item.required() || item.askedWhen().isPresent() || !base.get().asMap().containsKey(item.id())) {
                continue;
            }
            required.add(item.id());
            Map<String, Answer> without = new LinkedHashMap<>(base.get().asMap());
            without.remove(item.id());
            expectRejectionOrMissing(instrument, Answers.of(without), List.of(item.id()),
                    "leaving out the required item " + item.id(), p);
        }
        if (!required.isEmpty()) {
            expectRejectionOrMissing(instrument, Answers.of(Map.of()), required, "an empty set of answers", p);
        }
        return p;
    }

    private static void expectRejectionOrMissing(Instrument instrument, Answers answers, List<String> missing,
            String what, List<String> p) {
        String id = instrument.descriptor().id();
        try {
            ScoreResult r = instrument.score(answers);
            if (!r.missingItems().containsAll(missing)) {
                p.add(id + ": " + what + " was accepted without being reported as missing");
            }
        } catch (InvalidAnswersException e) {
            if (!e.instrumentId().equals(id)) {
                p.add(id + ": rejection names instrument " + e.instrumentId());
            }
        } catch (RuntimeException e) {
            p.add(id + ": " + what + " threw " + e + " instead of InvalidAnswersException");
        }
    }

    private static void expectRejection(Instrument instrument, Answers answers, String item, String what,
            List<String> p) {
        String id = instrument.descriptor().id();
        try {
            instrument.score(answers);
            p.add(id + ": " + what + " was accepted");
        } catch (InvalidAnswersException e) {
            boolean named = e.violations().stream().anyMatch(v -> v.path().contains(item));
            if (!named) {
                p.add(id + ": rejecting " + what + " did not name the item: " + e.getMessage());
            }
            if (!e.instrumentId().equals(id)) {
                p.add(id + ": rejection names instrument " + e.instrumentId());
            }
        } catch (RuntimeException e) {
            p.add(id + ": " + what + " threw " + e + " instead of InvalidAnswersException");
        }
    }

    /**
     * An answer the type does not allow, if there is one to try.
     *
     * @param type an answer type
     * @return an invalid answer
     */
    static Optional<Answer> invalidAnswer(AnswerType type) {
        List<Answer> all = invalidAnswers(type);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /**
     * Answers the type does not allow: one above the highest value, one below the lowest, and, for a choice whose
     * option values are not consecutive, one between two options.
     *
     * @param type an answer type
     * @return the invalid answers to try, empty for types with no invalid value to try
     */
    static List<Answer> invalidAnswers(AnswerType type) {
        List<Answer> out = new ArrayList<>();
        if (type instanceof AnswerType.Choice c) {
            List<Integer> values = c.options().stream().map(AnswerType.Option::value).sorted().distinct().toList();
            if (!values.isEmpty()) {
                out.add(Answer.of(values.get(values.size() - 1) + 1));
                out.add(Answer.of(values.get(0) - 1));
                for (int k = 1; k < values.size(); k++) {
                    if (values.get(k) - values.get(k - 1) > 1) {
                        out.add(Answer.of(values.get(k - 1) + 1));
                        break;
                    }
                }
            }
        } else if (type instanceof AnswerType.IntegerRange r) {
            out.add(Answer.of(r.max() + 1));
            out.add(Answer.of(r.min() - 1));
        } else if (type instanceof AnswerType.DayCount dc) {
            out.add(Answer.of(dc.periodDays() + 1));
            out.add(Answer.of(-1));
        } else if (type instanceof AnswerType.YesNo) {
            out.add(new Answer.Text("maybe"));
        }
        return out;
    }

    /**
     * Finds answers that minimise (or maximise) the total, item by item over every allowed answer (exact for totals
     * that are sums or linear formulas of items). For an instrument with no total, returns a valid set of answers.
     *
     * @param instrument the instrument
     * @param maximise true for the highest total, false for the lowest
     * @return the answers, or empty if no valid set was found
     */
    public static Optional<Answers> extremeAnswers(Instrument instrument, boolean maximise) {
        InstrumentDescriptor d = instrument.descriptor();
        Map<String, Answer> current = new LinkedHashMap<>();
        for (Item i : d.items()) {
            List<Answer> allowed = i.type().allowedAnswers();
            if (i.required() && !allowed.isEmpty()) {
                current.put(i.id(), allowed.get(0));
            }
        }
        // drop answers that skip logic says were not asked
        for (int attempt = 0; attempt < 3 && !valid(instrument, current); attempt++) {
            try {
                instrument.score(Answers.of(current));
            } catch (InvalidAnswersException e) {
                for (var v : e.violations()) {
                    if (v.rule().equals("skip-logic")) {
                        current.keySet().removeIf(k -> v.path().endsWith("." + k));
                    }
                }
            }
        }
        if (!valid(instrument, current)) {
            return Optional.empty();
        }
        if (d.totalRange().isEmpty()) {
            return Optional.of(Answers.of(current));
        }
        Fraction best = total(instrument, current);
        for (int pass = 0; pass < 2; pass++) {
            for (Item i : d.items()) {
                List<Answer> candidates = i.type().allowedAnswers();
                if (candidates.size() > MAX_CANDIDATES || !i.scored() && i.type() instanceof AnswerType.IntegerRange) {
                    continue;
                }
                for (Answer a : candidates) {
                    Answer old = current.put(i.id(), a);
                    Fraction t = valid(instrument, current) ? total(instrument, current) : null;
                    if (t != null && best != null && (maximise ? t.compareTo(best) > 0 : t.compareTo(best) < 0)) {
                        best = t;
                    } else if (old == null) {
                        current.remove(i.id());
                    } else {
                        current.put(i.id(), old);
                    }
                }
            }
        }
        return Optional.of(Answers.of(current));
    }

    private static boolean valid(Instrument instrument, Map<String, Answer> answers) {
        try {
            instrument.score(Answers.of(answers));
            return true;
        } catch (InvalidAnswersException e) {
            return false;
        }
    }

    private static Fraction total(Instrument instrument, Map<String, Answer> answers) {
        return instrument.score(Answers.of(answers)).total().orElse(null);
    }
}
