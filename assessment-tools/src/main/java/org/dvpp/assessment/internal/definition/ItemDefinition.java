package org.dvpp.assessment.internal.definition;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * JSON form of one item. Fields the file may leave out are nullable; the compiler checks the rest and names the JSON path.
 *
 * @param id as in the JSON file
 * @param label as in the JSON file
 * @param type as in the JSON file
 * @param options as in the JSON file
 * @param min as in the JSON file
 * @param max as in the JSON file
 * @param period as in the JSON file
 * @param maxLength as in the JSON file
 * @param reverse as in the JSON file
 * @param scored as in the JSON file
 * @param required as in the JSON file
 * @param dontKnow as in the JSON file
 * @param declinable as in the JSON file
 * @param askedWhen as in the JSON file
 */
public record ItemDefinition(String id, String label, String type, @Nullable List<OptionDefinition> options, @Nullable Integer min, @Nullable Integer max, @Nullable Integer period, @Nullable Integer maxLength, @Nullable Boolean reverse, @Nullable Boolean scored, @Nullable Boolean required, @Nullable Boolean dontKnow, @Nullable Boolean declinable, @Nullable String askedWhen) {
}
