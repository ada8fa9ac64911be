package org.dvpp.domain;

import java.util.Map;

/**
 * The one vocabulary of validation rule codes. Whichever layer catches a broken rule (a record's constructor, the
 * front door's input check, a use case's own rule), the {@link Violation#rule()} is one of these, so a caller can map
 * codes to messages once. The list is also in the programme module's README.
 */
public final class RuleCodes {
    /** a value is missing */
    public static final String REQUIRED = "required";
    /** a text is empty or only spaces */
    public static final String NOT_BLANK = "not-blank";
    /** a list or set is empty */
    public static final String NOT_EMPTY = "not-empty";
    /** a text or list is longer than allowed */
    public static final String MAX_LENGTH = "max-length";
    /** a number is outside its bounds */
    public static final String RANGE = "range";
    /** a date or time lies in the future (by the SDK's clock) */
    public static final String NOT_IN_FUTURE = "not-in-future";
    /** a date is before the earliest plausible one (a birth before 1900, a referral before the man was born) */
    public static final String PLAUSIBLE_DATE = "plausible-date";
    /** a text does not have the required form */
    public static final String PATTERN = "pattern";
    /** a text holds a NUL character */
    public static final String NO_NUL = "no-nul";
    /** a single-line text holds CR or LF */
    public static final String NO_LINE_BREAK = "no-line-break";
    /** a text holds a control character (ESC, DEL, C1 controls; tab outside multi-line text) */
    public static final String NO_CONTROL_CHARACTER = "no-control-character";
    /** a text holds a bidirectional override or isolate (U+202A to U+202E, U+2066 to U+2069) */
    public static final String NO_BIDI_CONTROL = "no-bidi-control";
    /** a list or set holds a null element */
    public static final String NO_NULL_ELEMENTS = "no-null-elements";
    /** a value is not one the operation accepts (an unknown code, a session the curriculum does not have) */
    public static final String ALLOWED_VALUE = "allowed-value";

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry(NO_NUL, "a NUL character"),
            Map.entry(NO_LINE_BREAK, "a line break"),
            Map.entry(NO_CONTROL_CHARACTER, "a control character"),
            Map.entry(NO_BIDI_CONTROL, "a bidirectional override character"));

    private RuleCodes() {
    }

    /**
     * @param code a character rule's code
     * @return what it forbids, for messages
     */
    static String describe(String code) {
        return DESCRIPTIONS.getOrDefault(code, code);
    }
}
