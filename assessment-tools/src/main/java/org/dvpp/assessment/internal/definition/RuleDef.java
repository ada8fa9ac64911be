package org.dvpp.assessment.internal.definition;

import org.jspecify.annotations.Nullable;

/**
 * JSON form of a flag or gate. Fields the file may leave out are nullable; the compiler checks the rest and names the JSON path.
 *
 * @param code as in the JSON file
 * @param label as in the JSON file
 * @param when as in the JSON file
 * @param otherwise as in the JSON file
 */
public record RuleDef(String code, String label, String when, @Nullable String otherwise) {
}
