package org.dvpp.curriculum.internal;

import org.dvpp.domain.Violation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The curriculum formats' view of the one strict JSON reader ({@link org.dvpp.plugin.internal.StrictJson}): the same
 * limits and rule codes as every definition format; every property of a curriculum record is required; paths are
 * relative to the document ({@code sessions[2].durationMinutes}, {@code $} for the document itself), as curriculum
 * violations have always been.
 */
public final class StrictJson {
    /** Deepest nesting accepted. */
    public static final int MAX_DEPTH = org.dvpp.plugin.internal.StrictJson.MAX_DEPTH;
    /** Longest string accepted. */
    public static final int MAX_STRING = org.dvpp.plugin.internal.StrictJson.MAX_STRING;
    /** Longest number accepted, in characters. */
    public static final int MAX_NUMBER = org.dvpp.plugin.internal.StrictJson.MAX_NUMBER;

    /** The shared mapper, every record property required. */
    public static final JsonMapper MAPPER = org.dvpp.plugin.internal.StrictJson.ALL_REQUIRED;

    private StrictJson() {
    }

    /**
     * @param e a failure to read a definition
     * @return the violation, with the JSON path of the offending value relative to the document
     */
    public static Violation violation(JacksonException e) {
        return relative(org.dvpp.plugin.internal.StrictJson.violation(e));
    }

    /**
     * @param v a violation of the shared reader
     * @return the same with a path relative to the document
     */
    public static Violation relative(Violation v) {
        String p = v.path();
        return p.startsWith("$.") ? new Violation(p.substring(2), v.rule(), v.message()) : v;
    }
}
