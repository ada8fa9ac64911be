package org.dvpp.examples.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dvpp.assessment.Answer;
import org.dvpp.assessment.AnswerType;
import org.dvpp.assessment.Answers;
import org.dvpp.assessment.Band;
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

/**
 * Acme's "readiness to engage" check: four made-up items rated 0–4 (higher = more engaged), summed to 0–16, with a
 * flag when the person says they do not accept any responsibility (item E1 = 0). Invented for the example; not a
 * validated instrument.
 */
public final class EngagementCheck implements Instrument {
    private static final String ID = "acme-engagement-check";
    private static final String VERSION = "1.2.0";
    private static final List<String> ITEMS = List.of("E1", "E2", "E3", "E4");

    private final InstrumentDescriptor descriptor;

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
    }

    @Override
    public InstrumentDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public ScoreResult score(Answers answers) {
        List<Violation> problems = new ArrayList<>();
        for (String key : answers.asMap().keySet()) {
            if (!ITEMS.contains(key)) {
                String k = key.length() > 40 ? key.substring(0, 40) : key;
                problems.add(new Violation(ID + "." + k, "unknown-item", ID + ": item " + k + " is not part of "
                        + "this instrument (E1-E4)"));
            }
        }
        int total = 0;
        int e1 = -1;
        for (String item : ITEMS) {
            Answer a = answers.getOrNull(item);
            if (a == null) {
                problems.add(new Violation(ID + "." + item, "required", ID + ": an answer to item " + item
                        + " is required"));
            } else if (a instanceof Answer.Number n && n.value() >= 0 && n.value() <= 4) {
                total += n.value();
                if (item.equals("E1")) {
                    e1 = n.value();
                }
            } else {
                problems.add(new Violation(ID + "." + item, "allowed-values", ID + ": " + a.describe()
                        + " is not an allowed answer to item " + item + "; allowed: 0 to 4"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidAnswersException(ID, problems);
        }
        final int sum = total;
        Band band = descriptor.bands().stream().filter(b -> b.contains(sum)).findFirst().orElseThrow();
        List<ScoreResult.RaisedFlag> flags = e1 == 0
                ? List.of(new ScoreResult.RaisedFlag("denies-responsibility", "accepts no responsibility at all"))
                : List.of();
        String why = "Acme readiness to engage (" + ID + " " + VERSION + "): total " + sum + " = the sum of items "
                + "E1-E4; band " + band.code() + " (" + band.min() + "–" + band.max() + ")"
                + (flags.isEmpty() ? "" : "; FLAG denies-responsibility (E1 == 0)") + ".";
        return new ScoreResult(ID, VERSION, Optional.empty(), Optional.of(Fraction.of(sum)),
                Optional.of(new ScoreResult.BandResult(band.code(), band.label(), band.action())), Map.of(), flags,
                List.of(), List.of(), List.of(), why);
    }
}
