package org.dvpp.assessment.internal.definition;

import org.jspecify.annotations.Nullable;

/**
 * JSON form of one option of a choice item. Fields the file may leave out are nullable; the compiler checks the rest and names the JSON path.
 *
 * @param value as in the JSON file
 * @param points as in the JSON file
 * @param label as in the JSON file
 */
public record OptionDefinition(Integer value, @Nullable Integer points, String label) {
}
