package org.dvpp.assessment.internal.definition;

import org.jspecify.annotations.Nullable;

/**
 * JSON form of a score computed by formula. Fields the file may leave out are nullable; the compiler checks the rest and names the JSON path.
 *
 * @param id as in the JSON file
 * @param label as in the JSON file
 * @param formula as in the JSON file
 * @param outcome as in the JSON file
 */
public record DerivedDefinition(String id, String label, String formula, @Nullable String outcome) {
}
