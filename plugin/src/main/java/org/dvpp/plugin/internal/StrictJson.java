package org.dvpp.plugin.internal;

import java.util.List;
import org.dvpp.domain.DefinitionFiles;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.Violation;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one strict JSON reader of every definition format (instruments, curricula, holiday overrides): one set of limits,
 * one set of rule codes, no coercion of scalars (the string {@code "15"} is not the number 15), and an empty or
 * {@code null} document refused with rule {@code required}. No default typing is ever enabled; definitions are plain
 * records. Exported to the definition modules only.
 *
 * <p>Rule codes: {@code syntax} (not JSON), {@code limits} (a safety limit), {@code duplicate-key},
 * {@code unknown-property}, {@code type} (a value of the wrong type, including a number written as a string),
 * {@code required} (missing, empty or null), {@code object} (the document is not an object),
 * {@code trailing-content}, {@code invalid-value}; reading the file itself adds {@code regular-file},
 * {@code max-size}, {@code readable} and {@code utf-8} ({@link DefinitionFiles}).
 */
public final class StrictJson {
    /** Deepest nesting accepted; a definition needs about 5 levels. */
    public static final int MAX_DEPTH = 16;
    /** Longest string accepted, in characters. */
    public static final int MAX_STRING = 20_000;
    /** Longest number accepted, in characters. */
    public static final int MAX_NUMBER = 20;
    /** Longest property name accepted. */
    public static final int MAX_NAME = 200;
    /** Most tokens accepted in one document. */
    public static final int MAX_TOKENS = 500_000;
    /** Largest document accepted, in characters: the size limit of a definition file. */
    public static final int MAX_DOCUMENT = DefinitionFiles.MAX_BYTES;

    /** The shared, immutable mapper: properties left out bind as absent. */
    public static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .maxStringLength(MAX_STRING)
                            .maxNumberLength(MAX_NUMBER)
                            .maxNameLength(MAX_NAME)
                            .maxDocumentLength(MAX_DOCUMENT)
                            .maxTokenCount(MAX_TOKENS)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    /** The same mapper, for formats where every property of a record is required. */
    public static final JsonMapper ALL_REQUIRED = MAPPER.rebuild()
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES).build();

    private StrictJson() {
    }

    /**
     * Parses a whole document under the limits (so every token is checked before anything is bound).
     *
     * @param json the document
     * @param noun what it should hold, for messages, such as {@code definition} or {@code curriculum}
     * @return its root object
     * @throws InvalidInputException with one violation when it is not JSON, breaks a limit, is empty or null, or is not
     *     an object; the caller wraps it in its own exception naming the file
     */
    public static ObjectNode readObject(String json, String noun) {
        if (json.length() > MAX_DOCUMENT) {
            throw new InvalidInputException("$", "max-size", "the document is larger than " + MAX_DOCUMENT
                    + " characters");
        }
        JsonNode tree;
        try (JsonParser parser = MAPPER.createParser(json)) {
            try {
                tree = MAPPER.readTree(parser);
            } catch (JacksonException e) {
                throw new InvalidInputException(List.of(violation(e, contextPath(parser.streamReadContext()))));
            }
        } catch (JacksonException e) {
            throw new InvalidInputException(List.of(violation(e)));
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new InvalidInputException("$", "required", "the file holds no " + noun + " (it is empty or null)");
        }
        if (!tree.isObject()) {
            throw new InvalidInputException("$", "object", "a " + noun + " must be a JSON object");
        }
        return (ObjectNode) tree;
    }

    /**
     * @param mapper {@link #MAPPER} or {@link #ALL_REQUIRED}
     * @param tree a parsed document
     * @param type the record to bind it to
     * @param <T> the record type
     * @return the record
     * @throws InvalidInputException with one violation naming the JSON path when it does not fit
     */
    public static <T> T bind(JsonMapper mapper, JsonNode tree, Class<T> type) {
        try {
            T t = mapper.treeToValue(tree, type);
            if (t == null) {
                throw new InvalidInputException("$", "required", "the file holds no definition (it is empty or null)");
            }
            return t;
        } catch (JacksonException e) {
            throw new InvalidInputException(List.of(violation(e)));
        }
    }

    /**
     * @param e a failure to read a definition
     * @return the violation, with the JSON path of the offending value ({@code $} for the document, else
     *     {@code $.sessions[2].durationMinutes})
     */
    public static Violation violation(JacksonException e) {
        return violation(e, null);
    }

    private static Violation violation(JacksonException e, @Nullable String streamPath) {
        String path = streamPath != null && !streamPath.equals("$") ? streamPath : path(e);
        if (e instanceof StreamConstraintsException) {
            return new Violation(path, "limits", "the file breaks a safety limit (nesting depth at most " + MAX_DEPTH
                    + ", strings at most " + MAX_STRING + " characters, numbers at most " + MAX_NUMBER
                    + " characters, names at most " + MAX_NAME + "): " + firstLine(e.getOriginalMessage()));
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return new Violation(path, "unknown-property", "unknown property '" + abbreviate(u.getPropertyName())
                    + "'; allowed here: " + u.getKnownPropertyIds());
        }
        if (e instanceof ValueInstantiationException) {
            Throwable cause = e.getCause();
            if (cause instanceof NullPointerException npe && npe.getMessage() != null
                    && npe.getMessage().matches("[A-Za-z]+")) {
                String field = path.equals("$") ? "$." + npe.getMessage() : path + "." + npe.getMessage();
                return new Violation(field, "required", field + " must not be null");
            }
            return new Violation(path, "invalid-value", "invalid value: "
                    + firstLine(cause == null ? e.getOriginalMessage() : cause.getMessage()));
        }
        if (e instanceof InvalidFormatException f) {
            return new Violation(path, "type", "value " + abbreviate(String.valueOf(f.getValue()))
                    + " is not allowed here; expected " + describe(f.getTargetType()));
        }
        String msg = e.getOriginalMessage();
        if (e instanceof MismatchedInputException m) {
            if (msg != null && msg.contains("Missing") && msg.contains("creator property")) {
                return new Violation(path, "required", "missing property " + path + " (every property is required)");
            }
            if (msg != null && msg.startsWith("Trailing token")) {
                return new Violation(path, "trailing-content", "there is more content after the definition");
            }
            if (msg != null && msg.startsWith("Cannot coerce")) {
                return new Violation(path, "type", "expected " + describe(m.getTargetType()) + ", not "
                        + (msg.contains("String value") ? "a string" : "this kind of value")
                        + ": values are never converted (write 15, not \"15\")");
            }
            if (msg != null && msg.contains("Duplicate field")) {
                return new Violation(path, "duplicate-key", firstLine(msg));
            }
            return new Violation(path, "type", "expected " + describe(m.getTargetType()) + ": " + firstLine(msg));
        }
        if (msg != null && msg.contains("Duplicate Object property")) {
            return new Violation(path, "duplicate-key", firstLine(msg));
        }
        return new Violation(path, "syntax", "not valid JSON: " + firstLine(msg));
    }

    /**
     * @param e a failure
     * @return its JSON path such as {@code $.sessions[2].durationMinutes}, or {@code $} for the whole document
     */
    public static String path(JacksonException e) {
        StringBuilder b = new StringBuilder("$");
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                b.append('.').append(abbreviate(r.getPropertyName()));
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        if (b.length() == 1 && e.processor() instanceof JsonParser p) {
            return contextPath(p.streamReadContext());
        }
        return b.toString();
    }

    private static String contextPath(@Nullable TokenStreamContext ctx) {
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        TokenStreamContext c = ctx;
        while (c != null && !c.inRoot()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.inObject() && c.currentName() != null) {
                parts.push("." + abbreviate(c.currentName()));
            }
            c = c.getParent();
        }
        return "$" + String.join("", parts);
    }

    private static String describe(@Nullable Class<?> type) {
        if (type == null) {
            return "another value";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }

    private static String firstLine(@Nullable String s) {
        if (s == null) {
            return "no detail";
        }
        String line = s.lines().findFirst().orElse(s);
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
