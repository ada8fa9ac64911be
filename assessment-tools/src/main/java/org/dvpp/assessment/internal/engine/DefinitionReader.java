package org.dvpp.assessment.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dvpp.assessment.InvalidDefinitionException;
import org.dvpp.assessment.internal.definition.InstrumentDefinition;
import org.dvpp.domain.Violation;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads definition files with one strictly configured mapper: unknown properties, duplicate keys, trailing content and
 * nulls for primitives are errors; stream limits cap nesting, string, number, name and document sizes; no polymorphic
 * typing is enabled (definitions are plain records). Errors carry the JSON path.
 */
public final class DefinitionReader {
    /** Largest definition file accepted, in bytes (characters). */
    public static final int MAX_DOCUMENT = 1_000_000;
    /** Deepest JSON nesting accepted. */
    public static final int MAX_NESTING = 16;
    /** Longest JSON string accepted. */
    public static final int MAX_STRING = 10_000;
    /** Longest JSON number accepted, in characters. */
    public static final int MAX_NUMBER = 20;

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING)
                            .maxStringLength(MAX_STRING)
                            .maxNumberLength(MAX_NUMBER)
                            .maxNameLength(100)
                            .maxDocumentLength(MAX_DOCUMENT)
                            .maxTokenCount(200_000)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();

    private DefinitionReader() {
    }

    /**
     * @param json the definition text
     * @param source where it came from, for messages
     * @return the compiled instrument
     * @throws InvalidDefinitionException if it is malformed or breaks a rule
     */
    public static DeclarativeInstrument compile(String json, String source) {
        if (json.length() > MAX_DOCUMENT) {
            throw new InvalidDefinitionException(source, List.of(new Violation("$", "max-size",
                    "the file is larger than " + MAX_DOCUMENT + " characters")));
        }
        InstrumentDefinition d;
        try {
            // read the whole document as a tree first, so the stream limits apply to every token (binding alone
            // would stop at the first mismatch and never see, say, deep nesting further on), then bind strictly
            tools.jackson.databind.JsonNode tree;
            try (JsonParser parser = MAPPER.createParser(json)) {
                try {
                    tree = MAPPER.readTree(parser);
                } catch (JacksonException e) {
                    throw translate(e, source, contextPath(parser.streamReadContext()));
                }
            }
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                throw new InvalidDefinitionException(source, List.of(new Violation("$", "required",
                        "the file holds no definition")));
            }
            if (!tree.isObject()) {
                throw new InvalidDefinitionException(source, List.of(new Violation("$", "object",
                        "a definition must be a JSON object")));
            }
            d = MAPPER.treeToValue(tree, InstrumentDefinition.class);
        } catch (JacksonException e) {
            throw translate(e, source, null);
        }
        if (d == null) {
            throw new InvalidDefinitionException(source, List.of(new Violation("$", "required",
                    "the file holds no definition")));
        }
        return DefinitionCompiler.compile(d, source);
    }

    /**
     * @param file a definition file
     * @return the compiled instrument
     * @throws InvalidDefinitionException if it cannot be read, is malformed or breaks a rule
     */
    public static DeclarativeInstrument compile(Path file) {
        String text;
        try {
            text = org.dvpp.domain.DefinitionFiles.readUtf8(file);
        } catch (org.dvpp.domain.InvalidInputException e) {
            throw new InvalidDefinitionException(file.toString(), e.violations());
        }
        return compile(text, file.toString());
    }

    /**
     * @param in a definition stream (closed by this method)
     * @param source where it came from, for messages
     * @return the compiled instrument
     */
    public static DeclarativeInstrument compile(InputStream in, String source) {
        try (in) {
            byte[] bytes = in.readNBytes(MAX_DOCUMENT * 4 + 1);
            if (bytes.length > MAX_DOCUMENT * 4) {
                throw new InvalidDefinitionException(source, List.of(new Violation("$", "max-size",
                        "the file is larger than " + MAX_DOCUMENT + " characters")));
            }
            return compile(new String(bytes, StandardCharsets.UTF_8), source);
        } catch (IOException e) {
            throw new InvalidDefinitionException(source, List.of(new Violation("$", "readable",
                    "cannot read: " + e.getMessage())));
        }
    }

    private static InvalidDefinitionException translate(JacksonException e, String source,
            @Nullable String streamPath) {
        StringBuilder path = new StringBuilder("$");
        if (streamPath != null) {
            path.setLength(0);
            path.append(streamPath);
        } else if (!e.getPath().isEmpty()) {
            for (JacksonException.Reference r : e.getPath()) {
                if (r.getPropertyName() != null) {
                    path.append('.').append(abbreviate(r.getPropertyName()));
                } else if (r.getIndex() >= 0) {
                    path.append('[').append(r.getIndex()).append(']');
                }
            }
        } else if (e.processor() instanceof JsonParser p) {
            path.setLength(0);
            path.append(contextPath(p.streamReadContext()));
        }
        String rule = "json";
        String msg = e.getOriginalMessage();
        if (e instanceof tools.jackson.databind.exc.UnrecognizedPropertyException u) {
            rule = "unknown-property";
            msg = "unknown property '" + abbreviate(u.getPropertyName()) + "'";
        } else if (msg != null && msg.contains("Duplicate Object property")) {
            rule = "duplicate-property";
        } else if (e instanceof tools.jackson.core.exc.StreamConstraintsException) {
            rule = "limit";
        }
        String oneLine = msg == null ? e.getClass().getSimpleName() : msg.lines().findFirst().orElse(msg);
        if (oneLine.length() > 300) {
            oneLine = oneLine.substring(0, 300) + "...";
        }
        return new InvalidDefinitionException(source, List.of(new Violation(path.toString(), rule, oneLine)));
    }

    private static String contextPath(TokenStreamContext ctx) {
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

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
