package org.dvpp.assessment;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dvpp.domain.Classified;

/**
 * Everything an instrument says about itself: identity and version, items, how it is scored, bands, flags, gates,
 * subscales, and where it comes from with what an agency must check about its licence.
 *
 * @param id stable id, such as {@code audit}; lower case letters, digits and hyphens
 * @param version the version of the scoring rules; every result carries it so a score can be reproduced later
 * @param title plain-language title
 * @param profile the named configuration of thresholds, such as {@code UK_OHID}, when the instrument has profiles
 * @param items the items, in form order
 * @param totalRange the lowest and highest total; empty when the instrument has no total (a profile such as TOP)
 * @param totalHow how the total is computed, in plain language (empty when there is no total)
 * @param bands the bands over the total, lowest first (empty when it has none)
 * @param subscales the subscales and derived scores
 * @param flags item-level or score-level alerts
 * @param gates decisions the result drives, such as "complete the full AUDIT"
 * @param missingRule how missing answers are treated, in plain language
 * @param polarity which direction of change is an improvement
 * @param source where the scoring facts come from
 * @param licence what an agency must check about the licence before use
 * @param reliability the published reliability figures for reliable change, when known
 * @since 0.1
 */
@Classified
public record InstrumentDescriptor(String id, String version, String title, Optional<String> profile, List<Item> items,
        Optional<Range> totalRange, String totalHow, List<Band> bands, List<ScoreDefinition> subscales,
        List<RuleDefinition> flags, List<RuleDefinition> gates, String missingRule, Polarity polarity, String source,
        String licence, Optional<ReliabilityParameters> reliability) {

    /** Refuses nulls, copies lists, and checks item ids are unique. */
    public InstrumentDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(profile, "profile");
        items = List.copyOf(items);
        Objects.requireNonNull(totalRange, "totalRange");
        Objects.requireNonNull(totalHow, "totalHow");
        bands = List.copyOf(bands);
        subscales = List.copyOf(subscales);
        flags = List.copyOf(flags);
        gates = List.copyOf(gates);
        Objects.requireNonNull(missingRule, "missingRule");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(reliability, "reliability");
        Set<String> seen = new HashSet<>();
        for (Item i : items) {
            if (!seen.add(i.id())) {
                throw new IllegalArgumentException("instrument " + id + ": duplicate item id " + i.id());
            }
        }
    }

    /**
     * @param itemId an item id
     * @return the item, if the instrument has it
     */
    public Optional<Item> item(String itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }
}
