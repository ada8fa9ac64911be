package org.dvpp.assessment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import org.dvpp.domain.Classified;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.FreeText;
import org.dvpp.domain.Sensitive;

/**
 * One answer to one item: a number (an option's value, a rating, a count of days), yes / no / don't know, a date, a piece
 * of text, or "declined to answer". Which kinds an item accepts is set by its {@link AnswerType}.
 *
 * @since 0.1
 */
public sealed interface Answer permits Answer.Number, Answer.YesNo, Answer.Date, Answer.Text, Answer.Declined {

    /**
     * @param value the number
     * @return a numeric answer
     */
    static Answer of(int value) {
        return Number.of(value);
    }

    /** @return yes */
    static Answer yes() {
        return YesNo.YES;
    }

    /** @return no */
    static Answer no() {
        return YesNo.NO;
    }

    /** @return don't know */
    static Answer dontKnow() {
        return YesNo.DONT_KNOW;
    }

    /** @return declined to answer (recorded as such, never treated as zero) */
    static Answer declined() {
        return Declined.INSTANCE;
    }

    /**
     * Reads an answer typed by a person: a whole number ({@code 4}), {@code y}/{@code yes}, {@code n}/{@code no},
     * {@code dk}/{@code dont-know}, {@code na}/{@code declined}, an ISO date ({@code 2025-01-10}); anything else is text.
     *
     * @param text the typed answer
     * @return the answer
     */
    static Answer parse(String text) {
        String t = text.strip();
        if (!t.isEmpty() && t.length() <= 9 && t.chars().allMatch(c -> Character.isDigit(c) || c == '-')
                && t.lastIndexOf('-') <= 0 && !"-".equals(t)) {
            return of(Integer.parseInt(t));
        }
        switch (t.toLowerCase(Locale.ROOT)) {
            case "y", "yes" -> {
                return yes();
            }
            case "n", "no" -> {
                return no();
            }
            case "dk", "dont-know", "dontknow", "don't know", "don't-know" -> {
                return dontKnow();
            }
            case "na", "n/a", "declined" -> {
                return declined();
            }
            default -> {
                // fall through to dates and text
            }
        }
        if (t.length() == 10 && t.charAt(4) == '-' && t.charAt(7) == '-') {
            try {
                return new Date(LocalDate.parse(t));
            } catch (DateTimeParseException e) {
                return new Text(t);
            }
        }
        return new Text(t);
    }

    /** @return a short description of the answer for error messages (never the text of a free-text answer) */
    String describe();

    /**
     * A numeric answer.
     *
     * @param value the number
     */
    @Classified
    record Number(int value) implements Answer {
        private static final Number[] CACHE = new Number[101];

        static {
            for (int i = 0; i < CACHE.length; i++) {
                CACHE[i] = new Number(i);
            }
        }

        static Number of(int value) {
            return value >= 0 && value < CACHE.length ? CACHE[value] : new Number(value);
        }

        @Override
        public String describe() {
            return Integer.toString(value);
        }
    }

    /** Yes, no or don't know. */
    enum YesNo implements Answer {
        /** Yes. */
        YES,
        /** No. */
        NO,
        /** Don't know (scores as no where an item allows it). */
        DONT_KNOW;

        @Override
        public String describe() {
            return switch (this) {
                case YES -> "yes";
                case NO -> "no";
                case DONT_KNOW -> "don't know";
            };
        }
    }

    /**
     * A calendar date.
     *
     * @param date the date
     */
    @Classified
    record Date(LocalDate date) implements Answer {
        /** Refuses null. */
        public Date {
            Objects.requireNonNull(date, "date");
        }

        @Override
        public String describe() {
            return date.toString();
        }
    }

    /**
     * Free text (such as the reasons for a professional-judgement referral). Its content is never logged or put in an
     * error message; {@link #toString()} redacts it.
     *
     * @param text the text
     */
    @Classified
    record Text(@Sensitive(DataClass.P1) @FreeText String text) implements Answer {
        /** Refuses null. */
        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String describe() {
            return "a piece of text";
        }

        @Override
        public String toString() {
            return "Text[" + text.length() + " characters]";
        }
    }

    /** Declined to answer: recorded as such, excluded from outcomes, never counted as zero. */
    enum Declined implements Answer {
        /** The only value. */
        INSTANCE;

        @Override
        public String describe() {
            return "declined";
        }
    }
}
