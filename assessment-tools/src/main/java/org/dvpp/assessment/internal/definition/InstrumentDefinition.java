package org.dvpp.assessment.internal.definition;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * JSON form of the whole definition file. Fields the file may leave out are nullable; the compiler checks the rest and names the JSON path.
 *
 * @param schemaVersion as in the JSON file
 * @param id as in the JSON file
 * @param version as in the JSON file
 * @param title as in the JSON file
 * @param profile as in the JSON file
 * @param polarity as in the JSON file
 * @param source as in the JSON file
 * @param licence as in the JSON file
 * @param maxMissing as in the JSON file
 * @param missingNote as in the JSON file
 * @param items as in the JSON file
 * @param total as in the JSON file
 * @param subscales as in the JSON file
 * @param derived as in the JSON file
 * @param bands as in the JSON file
 * @param flags as in the JSON file
 * @param gates as in the JSON file
 * @param reliability as in the JSON file
 */
public record InstrumentDefinition(Integer schemaVersion, String id, String version, String title, @Nullable String profile, String polarity, String source, String licence, @Nullable Integer maxMissing, @Nullable String missingNote, List<ItemDefinition> items, @Nullable TotalDefinition total, @Nullable List<SubscaleDefinition> subscales, @Nullable List<DerivedDefinition> derived, @Nullable List<BandDefinition> bands, @Nullable List<RuleDef> flags, @Nullable List<RuleDef> gates, @Nullable ReliabilityDefinition reliability) {
}
