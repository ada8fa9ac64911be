package org.dvpp.storage.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** The one-column encodings read back what they wrote, including the separator and the escape in keys and values. */
class CodecTest {
    /** Short strings over an alphabet heavy in the characters the encoding treats specially. */
    private static Gen<String> text() {
        Gen<Character> ch = Generate.pick(List.of('a', 'b', 'Z', '1', '=', ' ', '|', '\\', 'e', 'é'));
        return SourceDSL.lists().of(ch).ofSizeBetween(0, 6)
                .map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat));
    }

    private static Gen<Map<String, String>> maps() {
        return SourceDSL.lists().of(text()).ofSizeBetween(0, 12).zip(SourceDSL.lists().of(text()).ofSizeBetween(12, 12),
                (keys, values) -> {
                    Map<String, String> m = new HashMap<>();
                    for (int i = 0; i < keys.size(); i++) {
                        m.put(keys.get(i), values.get(i));
                    }
                    return m;
                });
    }

    @Test
    void aFrozenMapReadsBackWhatWasWrittenAsTheSortedReaderDoes() {
        qt().withExamples(3_000).withFixedSeed(20261204L).forAll(maps()).checkAssert(m -> {
            String stored = Codec.map(m);
            assertThat(Codec.frozenMap(stored)).isEqualTo(m).isEqualTo(Codec.map(stored));
        });
    }

    @Test
    void aFrozenMapCannotBeChanged() {
        Map<String, String> read = Codec.frozenMap(Codec.map(Map.of("Q1", "4", "Q2", "y")));
        assertThat(read).containsExactlyInAnyOrderEntriesOf(Map.of("Q1", "4", "Q2", "y"));
        assertThatThrownBy(() -> read.put("Q3", "1")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aStoredMapWithAnOddNumberOfPartsIsRefusedByBothReaders() {
        assertThatThrownBy(() -> Codec.frozenMap("Q1|4|Q2")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("odd number of parts");
        assertThatThrownBy(() -> Codec.map("Q1|4|Q2")).isInstanceOf(IllegalStateException.class);
    }
}
