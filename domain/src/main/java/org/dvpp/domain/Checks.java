package org.dvpp.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Argument checks for value types. Each failure is an {@link InvalidInputException} naming the field and the rule, so
 * that a bad value can never be constructed and the caller learns exactly what to fix.
 */
public final class Checks {
    private Checks() {
    }

    /**
     * @param value the value
     * @param field the field's name
     * @param <T> its type
     * @return the value
     * @throws InvalidInputException with rule {@code required} when the value is null
     */
    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "required", field + " is required");
        }
        return value;
    }

    /**
     * A required, non-blank text of at most {@code max} characters.
     *
     * @param value the text
     * @param field the field's name
     * @param max the longest allowed length
     * @return the text, unchanged
     */
    public static String text(String value, String field, int max) {
        required(value, field);
        if (value.isBlank()) {
            throw new InvalidInputException(field, "not-blank", field + " must not be blank");
        }
        return optionalText(value, field, max);
    }

    /**
     * A required text that may be empty, of at most {@code max} characters.
     *
     * @param value the text
     * @param field the field's name
     * @param max the longest allowed length
     * @return the text, unchanged
     */
    public static String optionalText(String value, String field, int max) {
        return checked(value, field, max, false);
    }

    /**
     * A required, non-blank free text of at most {@code max} characters, which may run over several lines (CR, LF and
     * tab allowed).
     *
     * @param value the text
     * @param field the field's name
     * @param max the longest allowed length
     * @return the text, unchanged
     */
    public static String freeText(String value, String field, int max) {
        required(value, field);
        if (value.isBlank()) {
            throw new InvalidInputException(field, "not-blank", field + " must not be blank");
        }
        return checked(value, field, max, true);
    }

    /**
     * A required free text that may be empty, of at most {@code max} characters, over several lines if need be.
     *
     * @param value the text
     * @param field the field's name
     * @param max the longest allowed length
     * @return the text, unchanged
     */
    public static String optionalFreeText(String value, String field, int max) {
        return checked(value, field, max, true);
    }

    private static String checked(String value, String field, int max, boolean multiLine) {
        required(value, field);
        if (value.length() > max) {
            throw new InvalidInputException(field, "max-length", field + " must be at most " + max + " characters");
        }
        String bad = badCharacter(value, multiLine);
        if (bad != null) {
            throw new InvalidInputException(field, bad, field + " must not contain " + RuleCodes.describe(bad));
        }
        return value;
    }

    /**
     * @param value a text
     * @param multiLine whether CR, LF and tab are allowed
     * @return the rule the text breaks ({@code no-nul}, {@code no-line-break}, {@code no-control-character},
     *     {@code no-bidi-control}), or null when it breaks none
     */
    public static @org.jspecify.annotations.Nullable String badCharacter(String value, boolean multiLine) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0) {
                return RuleCodes.NO_NUL;
            }
            if (c == '\n' || c == '\r' || c == '\t') {
                if (!multiLine) {
                    return c == '\t' ? RuleCodes.NO_CONTROL_CHARACTER : RuleCodes.NO_LINE_BREAK;
                }
            } else if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x2028 || c == 0x2029) {
                return RuleCodes.NO_CONTROL_CHARACTER;
            } else if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
                return RuleCodes.NO_BIDI_CONTROL;
            }
        }
        return null;
    }

    /**
     * @param value the number
     * @param field the field's name
     * @param min smallest allowed
     * @param max largest allowed
     * @return the number
     */
    public static int range(int value, String field, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidInputException(field, "range", field + " must be between " + min + " and " + max
                    + " (was " + value + ")");
        }
        return value;
    }

    /**
     * An unmodifiable copy of a required list with no null elements.
     *
     * @param list the list
     * @param field the field's name
     * @param <T> element type
     * @return an unmodifiable copy
     */
    public static <T> List<T> list(Collection<T> list, String field) {
        required(list, field);
        for (T t : list) {
            if (t == null) {
                throw new InvalidInputException(field, "no-null-elements", field + " must not contain null");
            }
        }
        return List.copyOf(list);
    }

    /**
     * An unmodifiable copy of a required set with no null elements.
     *
     * @param set the set
     * @param field the field's name
     * @param <T> element type
     * @return an unmodifiable copy
     */
    public static <T> Set<T> set(Collection<T> set, String field) {
        return Set.copyOf(list(set, field));
    }
}
