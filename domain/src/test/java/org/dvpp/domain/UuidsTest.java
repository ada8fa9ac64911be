package org.dvpp.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidsTest {
    @Test
    void makesVersion7VariantRfcIdsCarryingTheTimestamp() {
        long ms = 1_767_225_600_000L;
        UUID u = Uuids.v7(ms);
        assertThat(u.version()).isEqualTo(7);
        assertThat(u.variant()).isEqualTo(2);
        assertThat(u.getMostSignificantBits() >>> 16).isEqualTo(ms);
    }

    @Test
    void idsAreUniqueAcrossManyCalls() {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            assertThat(seen.add(Uuids.v7())).isTrue();
        }
    }

    @Test
    void parsingNamesTheFieldOnBadText() {
        assertThatThrownBy(() -> CaseId.parse("not-a-uuid")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("CaseId").hasMessageContaining("uuid");
    }
}
