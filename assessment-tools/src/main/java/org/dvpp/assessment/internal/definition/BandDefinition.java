package org.dvpp.assessment.internal.definition;

import org.jspecify.annotations.Nullable;

/**
 * JSON form of a band over the total. Fields the file may leave out are nullable; the compiler checks the rest and names the JSON path.
 *
 * @param code as in the JSON file
 * @param label as in the JSON file
 * @param min as in the JSON file
 * @param max as in the JSON file
 * @param action as in the JSON file
 */
public record BandDefinition(String code, String label, Long min, Long max, @Nullable String action) {
}
