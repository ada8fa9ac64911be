package org.dvpp.assessment.internal.definition;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * JSON form of published reliability figures. Fields the file may leave out are nullable; the compiler checks the rest and names the JSON path.
 *
 * @param sd as in the JSON file
 * @param reliability as in the JSON file
 * @param fixedChangePoints as in the JSON file
 * @param z as in the JSON file
 * @param provenance as in the JSON file
 */
public record ReliabilityDefinition(@Nullable BigDecimal sd, @Nullable BigDecimal reliability, @Nullable BigDecimal fixedChangePoints, @Nullable BigDecimal z, String provenance) {
}
