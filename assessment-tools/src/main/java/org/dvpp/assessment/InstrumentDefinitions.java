package org.dvpp.assessment;

import java.io.InputStream;
import java.nio.file.Path;
import org.dvpp.assessment.internal.engine.DefinitionReader;

/**
 * Compiles declarative (JSON) instrument definitions into {@link Instrument}s. A definition is parsed and checked once;
 * the instrument it yields scores without any further parsing or reflection. The format is documented in
 * {@code assessment-tools/README.md}.
 *
 * <p>Reading is strict and bounded: unknown properties, duplicate keys or item ids, band gaps or overlaps, formulas
 * naming undefined items, nesting deeper than 16 levels, strings over 10,000 characters, numbers over 20 digits and files
 * over 1 MB are all rejected with an {@link InvalidDefinitionException} naming the JSON path.
 *
 * @since 0.1
 */
public final class InstrumentDefinitions {
    private InstrumentDefinitions() {
    }

    /**
     * @param json the definition
     * @param source where it came from (a file name, a resource), for messages
     * @return the compiled instrument
     * @throws InvalidDefinitionException if it is malformed or breaks a rule
     */
    public static Instrument fromJson(String json, String source) {
        return DefinitionReader.compile(json, source);
    }

    /**
     * @param file a definition file (UTF-8)
     * @return the compiled instrument
     * @throws InvalidDefinitionException if it cannot be read, is malformed or breaks a rule
     */
    public static Instrument fromFile(Path file) {
        return DefinitionReader.compile(file);
    }

    /**
     * Reads a definition shipped in a module or jar. Put definitions under {@code META-INF/} (which is never an
     * encapsulated package) so they can be read from any module.
     *
     * @param anchor a class in the module or jar holding the resource
     * @param resource the resource's absolute name, such as {@code /META-INF/dvpp-instruments/audit.json}
     * @return the compiled instrument
     * @throws InvalidDefinitionException if it is missing, malformed or breaks a rule
     */
    public static Instrument fromResource(Class<?> anchor, String resource) {
        String source = "resource " + resource + " (" + anchor.getModule() + ")";
        InputStream in;
        try {
            in = anchor.getResourceAsStream(resource);
        } catch (RuntimeException e) {
            in = null;
        }
        if (in == null) {
            throw new InvalidDefinitionException(source, java.util.List.of(new org.dvpp.domain.Violation("$",
                    "exists", "the resource does not exist or is not readable")));
        }
        return DefinitionReader.compile(in, source);
    }
}
