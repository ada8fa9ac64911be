package org.dvpp.assessment;

import java.util.Objects;
import java.util.Optional;
import org.dvpp.domain.Classified;

/**
 * One item (question) of an instrument.
 *
 * @param id stable id, such as {@code Q9}
 * @param label a short label in our own words, for developers and trainers; never the official item wording
 * @param type what answers it takes and what they score
 * @param scored whether it counts towards the total
 * @param required whether an answer is needed (when the item is asked at all)
 * @param declinable whether "declined to answer" is accepted (recorded as declined, never as zero)
 * @param askedWhen a rule that must hold for the item to be asked (skip logic), such as {@code isYes(P1) or isYes(P2)};
 *     empty when always asked
 * @since 0.1
 */
@Classified
public record Item(String id, String label, AnswerType type, boolean scored, boolean required, boolean declinable,
        Optional<String> askedWhen) {
    /** Refuses nulls. */
    public Item {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(askedWhen, "askedWhen");
    }

    /**
     * A scored, required item that is always asked.
     *
     * @param id the id
     * @param label the own-words label
     * @param type the answer type
     * @return the item
     */
    public static Item scored(String id, String label, AnswerType type) {
        return new Item(id, label, type, true, true, false, Optional.empty());
    }
}
