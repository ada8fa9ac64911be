package org.dvpp.assessment.internal.definition;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * JSON form of a subscale over items. Fields the file may leave out are nullable; the compiler checks the rest and names the JSON path.
 *
 * @param id as in the JSON file
 * @param label as in the JSON file
 * @param items as in the JSON file
 * @param statistic as in the JSON file
 * @param maxMissing as in the JSON file
 * @param prorate as in the JSON file
 * @param whenIncomplete as in the JSON file
 * @param outcome as in the JSON file
 */
public record SubscaleDefinition(String id, String label, List<String> items, @Nullable String statistic, @Nullable Integer maxMissing, @Nullable Boolean prorate, @Nullable String whenIncomplete, @Nullable String outcome) {
}
