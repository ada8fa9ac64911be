package org.dvpp.curriculum.internal;

import org.dvpp.domain.Violation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapper for definition files (curricula, holiday calendars), configured to refuse anything unexpected,
 * and the translation of its failures into violations that carry the JSON path. No default typing is ever enabled.
 */
public final class StrictJson {
    /** Deepest nesting accepted; a definition needs about 5 levels. */
    public static final int MAX_DEPTH = 16;
    /** Longest string accepted. */
    public static final int MAX_STRING = 20_000;
    /** Longest number accepted, in characters. */
    public static final int MAX_NUMBER = 10;

    /** The shared, immutable mapper. */
    public static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .maxStringLength(MAX_STRING)
                            .maxNumberLength(MAX_NUMBER)
                            .maxNameLength(200)
                            .maxDocumentLength(2L * 1024 * 1024)
                            .maxTokenCount(500_000)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private StrictJson() {
    }

    /**
     * @param e a failure to read a definition
     * @return the violation, with the JSON path of the offending value ({@code $} for the document)
     */
    public static Violation violation(JacksonException e) {
        String path = path(e);
        if (e instanceof StreamConstraintsException) {
            return new Violation(path, "limits", "the file breaks a safety limit (nesting depth at most " + MAX_DEPTH
                    + ", strings at most " + MAX_STRING + " characters, numbers at most " + MAX_NUMBER
                    + " digits): " + e.getOriginalMessage());
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return new Violation(path, "unknown-property", "unknown property '" + u.getPropertyName()
                    + "'; allowed here: " + u.getKnownPropertyIds());
        }
        if (e instanceof ValueInstantiationException) {
            Throwable cause = e.getCause();
            if (cause instanceof NullPointerException npe && npe.getMessage() != null
                    && npe.getMessage().matches("[A-Za-z]+")) {
                String field = path.equals("$") ? npe.getMessage() : path + "." + npe.getMessage();
                return new Violation(field, "required", field + " must not be null");
            }
            return new Violation(path, "invalid-value", "invalid value: "
                    + (cause == null ? e.getOriginalMessage() : cause.getMessage()));
        }
        if (e instanceof InvalidFormatException f) {
            return new Violation(path, "type", "value " + f.getValue() + " is not allowed here; expected "
                    + describe(f.getTargetType()));
        }
        if (e instanceof MismatchedInputException m) {
            String msg = e.getOriginalMessage();
            if (msg != null && msg.contains("Missing") && msg.contains("creator property")) {
                return new Violation(path, "required", "missing property " + path + " (every property is required)");
            }
            if (msg != null && msg.startsWith("Trailing token")) {
                return new Violation(path, "trailing-content", "there is more content after the definition");
            }
            if (msg != null && msg.contains("Duplicate field")) {
                return new Violation(path, "duplicate-key", msg);
            }
            return new Violation(path, "type", "expected " + describe(m.getTargetType()) + ": " + firstLine(msg));
        }
        String msg = e.getOriginalMessage();
        if (msg != null && msg.contains("Duplicate Object property")) {
            return new Violation(path, "duplicate-key", firstLine(msg));
        }
        return new Violation(path, "syntax", "not valid JSON: " + firstLine(msg));
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "another value";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (type == int.class || type == Integer.class) {
            return "a whole number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "no detail";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /**
     * @param e a failure
     * @return its JSON path such as {@code sessions[2].durationMinutes}, or {@code $} for the whole document
     */
    public static String path(JacksonException e) {
        StringBuilder b = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.length() == 0 ? "$" : b.toString();
    }
}
