package org.dvpp.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dvpp.domain.Classified;

/**
 * What kind of answer an item takes, and the points each answer is worth.
 *
 * @since 0.1
 */
public sealed interface AnswerType
        permits AnswerType.Choice, AnswerType.YesNo, AnswerType.IntegerRange, AnswerType.DayCount,
                AnswerType.FreeText, AnswerType.CalendarDate {

    /**
     * Every answer this type accepts, when they can be listed (choices, yes/no, small ranges); empty for text and dates.
     * Declined answers are not included.
     *
     * @return the answers, lowest points first where that is defined
     */
    List<Answer> allowedAnswers();

    /** @return a short plain-language description of the allowed answers, for messages */
    String describeAllowed();

    /**
     * A choice of options, each with the value a person picks and the points it scores.
     *
     * @param options the options, at least two, values unique
     */
    @Classified
    record Choice(List<Option> options) implements AnswerType {
        /** Copies the list and checks it is not empty. */
        public Choice {
            options = List.copyOf(options);
            if (options.isEmpty()) {
                throw new IllegalArgumentException("a choice needs options");
            }
        }

        @Override
        public List<Answer> allowedAnswers() {
            return options.stream().map(o -> Answer.of(o.value())).toList();
        }

        @Override
        public String describeAllowed() {
            return "one of " + String.join(", ", options.stream().map(o -> Integer.toString(o.value())).toList());
        }
    }

    /**
     * Yes or no (and, where the instrument allows it, don't know, which scores as no).
     *
     * @param yesPoints points for yes
     * @param noPoints points for no (a reverse-scored item has {@code noPoints = 1, yesPoints = 0})
     * @param dontKnowAllowed whether "don't know" is accepted
     */
    @Classified
    record YesNo(int yesPoints, int noPoints, boolean dontKnowAllowed) implements AnswerType {
        @Override
        public List<Answer> allowedAnswers() {
            return dontKnowAllowed ? List.of(Answer.no(), Answer.yes(), Answer.dontKnow())
                    : List.of(Answer.no(), Answer.yes());
        }

        @Override
        public String describeAllowed() {
            return dontKnowAllowed ? "yes, no or don't know" : "yes or no";
        }
    }

    /**
     * A whole number in a closed range (a 0–20 rating, a 0–10 ruler, a count).
     *
     * @param min the lowest allowed value
     * @param max the highest allowed value
     */
    @Classified
    record IntegerRange(int min, int max) implements AnswerType {
        /** Checks min ≤ max. */
        public IntegerRange {
            if (min > max) {
                throw new IllegalArgumentException("min " + min + " > max " + max);
            }
        }

        @Override
        public List<Answer> allowedAnswers() {
            if ((long) max - min > 1000) {
                return List.of(Answer.of(min), Answer.of(max));
            }
            List<Answer> all = new ArrayList<>();
            for (int v = min; v <= max; v++) {
                all.add(Answer.of(v));
            }
            return all;
        }

        @Override
        public String describeAllowed() {
            return "a whole number from " + min + " to " + max;
        }
    }

    /**
     * A count of days in a reference period (0 to {@code periodDays}), such as days used in the last 28, or in one week.
     *
     * @param periodDays the length of the period in days
     */
    @Classified
    record DayCount(int periodDays) implements AnswerType {
        /** Checks the period is positive. */
        public DayCount {
            if (periodDays < 1) {
                throw new IllegalArgumentException("period must be at least one day");
            }
        }

        @Override
        public List<Answer> allowedAnswers() {
            return new IntegerRange(0, periodDays).allowedAnswers();
        }

        @Override
        public String describeAllowed() {
            return "a number of days from 0 to " + periodDays;
        }
    }

    /**
     * Free text, never scored (reasons, notes).
     *
     * @param maxLength the longest text accepted
     */
    @Classified
    record FreeText(int maxLength) implements AnswerType {
        @Override
        public List<Answer> allowedAnswers() {
            return List.of();
        }

        @Override
        public String describeAllowed() {
            return "text of at most " + maxLength + " characters";
        }
    }

    /** A calendar date, never scored (dates of referrals or incidents). */
    @Classified
    record CalendarDate() implements AnswerType {
        @Override
        public List<Answer> allowedAnswers() {
            return List.of();
        }

        @Override
        public String describeAllowed() {
            return "a date such as 2025-01-10";
        }
    }

    /**
     * One option of a choice.
     *
     * @param value what the person picks (as typed, such as {@code 2})
     * @param points what it scores
     * @param label own-words label
     */
    @Classified
    record Option(int value, int points, String label) {
        /** Refuses a null label. */
        public Option {
            Objects.requireNonNull(label, "label");
        }
    }
}
