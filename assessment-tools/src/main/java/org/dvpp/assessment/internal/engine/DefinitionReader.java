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
import org.dvpp.domain.InvalidInputException;
import org.dvpp.plugin.internal.StrictJson;

/**
 * Reads instrument definition files with the one strict JSON reader of every definition format
 * ({@link StrictJson}: its limits and rule codes, no coercion of strings to numbers, empty or null refused), then
 * compiles them. Errors carry the JSON path.
 */
public final class DefinitionReader {
    /** Largest definition accepted, in characters. */
    public static final int MAX_DOCUMENT = StrictJson.MAX_DOCUMENT;
    /** Deepest JSON nesting accepted. */
    public static final int MAX_NESTING = StrictJson.MAX_DEPTH;
    /** Longest JSON string accepted. */
    public static final int MAX_STRING = StrictJson.MAX_STRING;
    /** Longest JSON number accepted, in characters. */
    public static final int MAX_NUMBER = StrictJson.MAX_NUMBER;

    private DefinitionReader() {
    }

    /**
     * @param json the definition text
     * @param source where it came from, for messages
     * @return the compiled instrument
     * @throws InvalidDefinitionException if it is malformed or breaks a rule
     */
    public static DeclarativeInstrument compile(String json, String source) {
        InstrumentDefinition d;
        try {
            // the whole document is parsed under the limits first, then bound strictly
            d = StrictJson.bind(StrictJson.MAPPER, StrictJson.readObject(json, "definition"),
                    InstrumentDefinition.class);
        } catch (InvalidInputException e) {
            throw new InvalidDefinitionException(source, e.violations());
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
}
