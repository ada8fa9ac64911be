package org.dvpp.assessment.internal.builtin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dvpp.assessment.Answer;
import org.dvpp.assessment.AnswerType;
import org.dvpp.assessment.Answers;
import org.dvpp.assessment.Band;
import org.dvpp.assessment.DashRicSettings;
import org.dvpp.assessment.Fraction;
import org.dvpp.assessment.Instrument;
import org.dvpp.assessment.InstrumentDescriptor;
import org.dvpp.assessment.InvalidAnswersException;
import org.dvpp.assessment.Item;
import org.dvpp.assessment.Polarity;
import org.dvpp.assessment.Range;
import org.dvpp.assessment.RuleDefinition;
import org.dvpp.assessment.ScoreResult;
import org.dvpp.domain.Violation;
import org.jspecify.annotations.Nullable;

/**
 * The SafeLives DASH Risk Identification Checklist, written in Java: 24 yes / no / don't know questions (score = number
 * of yes), plus the other Marac referral criteria, which need dates and reasons: professional judgement (with reasons;
 * it can raise a referral, never lower a 14+ result), potential escalation (incidents in 12 months, threshold
 * configurable, default 3) and repeat referral (a qualifying incident within 12 calendar months of the last Marac
 * referral, the anniversary day included). Completed with the victim/survivor by a practitioner; victim-side data.
 */
public final class DashRic implements Instrument {
    /** Items 1–24 in the order remembered from the 2015 SafeLives form [R]: verify against the official PDF. */
    static final String[] LABELS = {"current incident caused injury", "victim very frightened",
        "fears further injury or violence", "isolated from family or friends", "depressed or suicidal thoughts",
        "separated or tried to separate in the past year", "conflict over child contact",
        "constant texting, calling, following or stalking", "pregnant or had a baby in the last 18 months",
        "abuse happening more often", "abuse getting worse", "controlling or excessively jealous",
        "weapons or objects used to hurt", "threats to kill that were believed",
        "strangulation, choking, suffocation or drowning", "sexual abuse or degrading sexual acts",
        "another person threatens or frightens the victim", "abuser has hurt others (children, others)",
        "abuser has mistreated an animal or pet", "financial issues or dependence",
        "abuser's drug, alcohol or mental-health problems in the past year",
        "abuser has threatened or attempted suicide", "abuser broke bail, an injunction or a contact agreement",
        "abuser in trouble with the police or has a criminal history"};

    static final int VISIBLE_HIGH_RISK = 14;
    private static final Set<String> EXTRA = Set.of("PJ", "PJ_REASONS", "INCIDENTS_12M", "LAST_MARAC_REFERRAL",
            "NEW_INCIDENT");

    private final int escalationThreshold;
    private final InstrumentDescriptor descriptor;
    private final Map<String, Integer> questionIndex = new LinkedHashMap<>();

    /** The SafeLives defaults: escalation at 3 incidents in 12 months, local bands 0–9 / 10–13 / 14–24. */
    public DashRic() {
        this(DashRicSettings.DEFAULT);
    }

    /** @param settings the local escalation threshold and bands */
    public DashRic(DashRicSettings settings) {
        this.escalationThreshold = settings.escalationThreshold();
        boolean defaults = settings.equals(DashRicSettings.DEFAULT);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String id = "Q" + (i + 1);
            questionIndex.put(id, i);
            items.add(new Item(id, LABELS[i], new AnswerType.YesNo(1, 0, true), true, true, false, Optional.empty()));
        }
        items.add(new Item("PJ", "practitioner's professional judgement says refer to Marac (cannot lower a 14+ result)",
                new AnswerType.YesNo(0, 0, false), false, false, false, Optional.empty()));
        items.add(new Item("PJ_REASONS", "reasons for the professional judgement (required when PJ is yes)",
                new AnswerType.FreeText(4000), false, false, false, Optional.empty()));
        items.add(new Item("INCIDENTS_12M", "domestic abuse incidents in the last 12 months",
                new AnswerType.IntegerRange(0, 1000), false, false, false, Optional.empty()));
        items.add(new Item("LAST_MARAC_REFERRAL", "date of the last Marac referral of this case, if any",
                new AnswerType.CalendarDate(), false, false, false, Optional.empty()));
        items.add(new Item("NEW_INCIDENT", "date of the new qualifying incident (violence or threats, stalking or "
                + "harassment, rape or sexual abuse)", new AnswerType.CalendarDate(), false, false, false,
                Optional.empty()));
        descriptor = new InstrumentDescriptor("dash-ric", "1.0.0",
                "SafeLives DASH Risk Identification Checklist with Marac referral criteria",
                Optional.of(defaults ? "SAFELIVES_DEFAULT" : "LOCAL_ESCALATION_" + escalationThreshold
                        + (settings.bands().equals(DashRicSettings.DEFAULT_BANDS) ? "" : "_LOCAL_BANDS")),
                items, Optional.of(new Range(Fraction.ZERO, Fraction.of(24))), "the number of 'yes' answers to Q1-Q24 "
                        + "(no and don't know count 0)",
                settings.bands(),
                List.of(),
                List.of(new RuleDefinition("visible-high-risk", "14 or more yes: visible high risk", "total >= 14", ""),
                        new RuleDefinition("professional-judgement", "referral by professional judgement (reasons "
                                + "recorded)", "PJ is yes with reasons", ""),
                        new RuleDefinition("potential-escalation", "potential escalation: " + escalationThreshold
                                + " or more incidents in 12 months", "INCIDENTS_12M >= " + escalationThreshold, ""),
                        new RuleDefinition("repeat-referral", "repeat: a qualifying incident within 12 months of the "
                                + "last Marac referral", "LAST_MARAC_REFERRAL <= NEW_INCIDENT <= LAST_MARAC_REFERRAL "
                                + "+ 12 months", "")),
                List.of(new RuleDefinition("marac-referral", "refer to Marac",
                        "any of visible-high-risk, professional-judgement, potential-escalation, repeat-referral",
                        "no Marac referral criterion met")),
                "All 24 questions must be answered (yes, no or don't know; don't know counts 0). The Marac criteria "
                        + "fields are optional; professional judgement needs reasons.",
                Polarity.LOWER_IS_BETTER,
                "SafeLives DASH RIC and Marac referral criteria (Cranstoun Daisy helpdesk; SafeLives 'Marac referral "
                        + "criteria and form', 'Definition of a repeat at Marac', 'Marac referral criteria: "
                        + "definitions'; Plymouth SCB) - INSTRUMENTS.md section 8. Item order [R]: verify against the "
                        + "official form. Local bands are not SafeLives-official. Completed with the victim/survivor "
                        + "by a trained practitioner (partner-support worker), not with the programme participant.",
                "(c) SafeLives. Free to download for practitioners, training needed to use it. No reuse or "
                        + "adaptation licence found: ask SafeLives before embedding the checklist (even as labels and "
                        + "logic) in a distributed product.",
                Optional.empty());
    }

    @Override
    public InstrumentDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public ScoreResult score(Answers answers) {
        List<Violation> problems = new ArrayList<>();
        int yes = 0;
        boolean[] answered = new boolean[24];
        for (Map.Entry<String, Answer> e : answers.asMap().entrySet()) {
            Integer q = questionIndex.get(e.getKey());
            if (q != null) {
                if (e.getValue() instanceof Answer.YesNo yn) {
                    answered[q] = true;
                    if (yn == Answer.YesNo.YES) {
                        yes++;
                    }
                } else {
                    problems.add(violation(e.getKey(), "allowed-values", e.getValue().describe()
                            + " is not an allowed answer to item " + e.getKey() + "; allowed: yes, no or don't know"));
                }
            } else if (!EXTRA.contains(e.getKey())) {
                String k = e.getKey().length() > 40 ? e.getKey().substring(0, 40) + "..." : e.getKey();
                problems.add(violation(k, "unknown-item", "item " + k + " is not part of dash-ric; its items are "
                        + "Q1-Q24, PJ, PJ_REASONS, INCIDENTS_12M, LAST_MARAC_REFERRAL, NEW_INCIDENT"));
            }
        }
        for (int i = 0; i < 24; i++) {
            if (!answered[i] && answers.getOrNull("Q" + (i + 1)) == null) {
                problems.add(violation("Q" + (i + 1), "required", "an answer to item Q" + (i + 1) + " is required "
                        + "(yes, no or don't know)"));
            }
        }
        boolean pj = false;
        Answer pjA = answers.getOrNull("PJ");
        if (pjA != null) {
            if (pjA instanceof Answer.YesNo yn && yn != Answer.YesNo.DONT_KNOW) {
                pj = yn == Answer.YesNo.YES;
            } else {
                problems.add(violation("PJ", "allowed-values", pjA.describe() + " is not an allowed answer to item PJ; "
                        + "allowed: yes or no"));
            }
        }
        Answer reasons = answers.getOrNull("PJ_REASONS");
        boolean hasReasons = false;
        if (reasons != null) {
            if (reasons instanceof Answer.Text t) {
                hasReasons = !t.text().isBlank();
                if (t.text().length() > 4000) {
                    problems.add(violation("PJ_REASONS", "max-length", "the reasons are longer than 4000 characters"));
                }
            } else {
                problems.add(violation("PJ_REASONS", "answer-type", "item PJ_REASONS takes text"));
            }
        }
        if (pj && !hasReasons) {
            problems.add(violation("PJ_REASONS", "reasons-required", "a professional-judgement referral needs the "
                    + "practitioner's reasons (item PJ_REASONS)"));
        }
        int incidents = -1;
        Answer inc = answers.getOrNull("INCIDENTS_12M");
        if (inc != null) {
            if (inc instanceof Answer.Number n && n.value() >= 0 && n.value() <= 1000) {
                incidents = n.value();
            } else {
                problems.add(violation("INCIDENTS_12M", "allowed-values", inc.describe() + " is not an allowed answer "
                        + "to item INCIDENTS_12M; allowed: a whole number from 0 to 1000"));
            }
        }
        LocalDate last = date(answers, "LAST_MARAC_REFERRAL", problems);
        LocalDate incident = date(answers, "NEW_INCIDENT", problems);
        if (last != null && incident != null && incident.isBefore(last)) {
            problems.add(violation("NEW_INCIDENT", "date-order", "the new incident is dated before the last Marac "
                    + "referral"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidAnswersException(descriptor.id(), problems);
        }
        final int score = yes;
        boolean high = score >= VISIBLE_HIGH_RISK;
        boolean escalation = incidents >= escalationThreshold;
        boolean repeat = last != null && incident != null && !incident.isAfter(last.plusMonths(12));
        Band band = descriptor.bands().stream().filter(b -> b.contains(score)).findFirst().orElseThrow();
        List<ScoreResult.RaisedFlag> flags = new ArrayList<>();
        List<String> reasonsForReferral = new ArrayList<>();
        StringBuilder why = new StringBuilder();
        why.append(descriptor.title()).append(" (dash-ric 1.0.0): total ").append(yes)
                .append(" = the number of 'yes' answers to Q1-Q24 (no and don't know count 0); band ")
                .append(band.code()).append(" '").append(band.label()).append("' (").append(band.min()).append('–')
                .append(band.max()).append(", local banding)");
        for (RuleDefinition f : descriptor.flags()) {
            boolean raised = switch (f.code()) {
                case "visible-high-risk" -> high;
                case "professional-judgement" -> pj;
                case "potential-escalation" -> escalation;
                default -> repeat;
            };
            if (raised) {
                flags.add(new ScoreResult.RaisedFlag(f.code(), f.label()));
                reasonsForReferral.add(f.code());
                why.append("; FLAG ").append(f.code()).append(": ").append(f.label());
            }
        }
        if (high && pjA != null && !pj) {
            why.append("; professional judgement cannot lower a visible-high-risk result, so it stays high");
        }
        if (last != null && incident != null && !repeat) {
            why.append("; the new incident is more than 12 months after the last Marac referral, so it is assessed "
                    + "as a new referral, not a repeat");
        }
        boolean refer = !reasonsForReferral.isEmpty();
        String msg = refer ? "refer to Marac (" + String.join(", ", reasonsForReferral) + ")"
                : "no Marac referral criterion met";
        why.append("; marac-referral: ").append(msg).append('.');
        return new ScoreResult(descriptor.id(), descriptor.version(), descriptor.profile(),
                Optional.of(Fraction.of(yes)), Optional.of(new ScoreResult.BandResult(band.code(), band.label(),
                        band.action())), Map.of(), flags, List.of(new ScoreResult.GateOutcome("marac-referral", refer,
                                msg)), missing(answers), List.of(), why.toString());
    }

    private static List<String> missing(Answers answers) {
        List<String> m = new ArrayList<>();
        for (String x : List.of("PJ", "PJ_REASONS", "INCIDENTS_12M", "LAST_MARAC_REFERRAL", "NEW_INCIDENT")) {
            if (answers.getOrNull(x) == null) {
                m.add(x);
            }
        }
        return m;
    }

    private @Nullable LocalDate date(Answers answers, String item, List<Violation> problems) {
        Answer a = answers.getOrNull(item);
        if (a == null) {
            return null;
        }
        if (a instanceof Answer.Date d) {
            return d.date();
        }
        problems.add(violation(item, "answer-type", "item " + item + " takes a date such as 2025-01-10; got "
                + a.describe()));
        return null;
    }

    private static Violation violation(String item, String rule, String message) {
        return new Violation("dash-ric." + item, rule, "dash-ric: " + message);
    }
}
