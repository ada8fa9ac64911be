package org.dvpp.assessment.internal.definition;

import org.jspecify.annotations.Nullable;

/**
 * JSON form of how the total is computed. Fields the file may leave out are nullable; the compiler checks the rest and names the JSON path.
 *
 * @param method as in the JSON file
 * @param formula as in the JSON file
 * @param maxMissing as in the JSON file
 * @param prorate as in the JSON file
 */
public record TotalDefinition(String method, @Nullable String formula, @Nullable Integer maxMissing, @Nullable Boolean prorate) {
}
