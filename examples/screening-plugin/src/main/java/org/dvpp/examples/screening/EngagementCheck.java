package org.dvpp.examples.screening;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dvpp.assessment.AnswerType;
import org.dvpp.assessment.Band;
import org.dvpp.assessment.Answers;
import org.dvpp.assessment.Fraction;
import org.dvpp.assessment.Instrument;
import org.dvpp.assessment.InstrumentDescriptor;
import org.dvpp.assessment.Item;
import org.dvpp.assessment.Polarity;
import org.dvpp.assessment.Range;
import org.dvpp.assessment.RuleDefinition;
import org.dvpp.assessment.ScoreResult;
import org.dvpp.assessment.ScoringSupport;

/**
 * Acme's "readiness to engage" check: four made-up items rated 0–4 (higher = more engaged), summed to 0–16, with a
 * flag when the person says they do not accept any responsibility (item E1 = 0). Invented for the example; not a
 * validated instrument.
 */
public final class EngagementCheck implements Instrument {
    private static final String ID = "acme-engagement-check";
    private static final String VERSION = "1.2.0";

    private final InstrumentDescriptor descriptor;
    private final ScoringSupport support;

    /** Builds the descriptor once. */
    public EngagementCheck() {
        AnswerType scale = new AnswerType.Choice(List.of(new AnswerType.Option(0, 0, "not at all"),
                new AnswerType.Option(1, 1, "a little"), new AnswerType.Option(2, 2, "somewhat"),
                new AnswerType.Option(3, 3, "mostly"), new AnswerType.Option(4, 4, "completely")));
        descriptor = new InstrumentDescriptor(ID, VERSION, "Acme readiness to engage (example plugin)",
                Optional.empty(),
                List.of(Item.scored("E1", "accepts responsibility for the harm caused", scale),
                        Item.scored("E2", "wants to change how he behaves at home", scale),
                        Item.scored("E3", "willing to attend every group session", scale),
                        Item.scored("E4", "agrees to partner-support contact", scale)),
                Optional.of(new Range(Fraction.ZERO, Fraction.of(16))), "the sum of items E1-E4",
                List.of(new Band("low", "low engagement: motivational one-to-ones first", 0, 5, ""),
                        new Band("mixed", "mixed engagement", 6, 11, ""),
                        new Band("high", "high engagement", 12, 16, "")),
                List.of(), List.of(new RuleDefinition("denies-responsibility", "accepts no responsibility at all",
                        "E1 == 0", "")), List.of(), "All four items must be answered.", Polarity.HIGHER_IS_BETTER,
                "Invented for the DVPP Kit examples.", "Example content, Apache-2.0.", Optional.empty());
        support = ScoringSupport.of(descriptor);
    }

    @Override
    public InstrumentDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public ScoreResult score(Answers answers) {
        // the engine's own checks: unknown items, answers outside 0-4, declined or missing items, all named at once
        ScoringSupport.Checked checked = support.check(answers);
        Fraction total = Fraction.of(checked.sum());
        return support.result(checked, total, checked.points().get("E1") == 0 ? Set.of("denies-responsibility")
                : Set.of());
    }
}
