package org.dvpp.assessment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The answers given to one instrument, by item id. Immutable; build with {@link #builder()} or read typed answers with
 * {@link #parse(Map)}. An item with no answer is simply absent.
 *
 * @since 0.1
 */
public final class Answers {
    private final Map<String, Answer> byItem;

    private Answers(Map<String, Answer> byItem) {
        this.byItem = Collections.unmodifiableMap(byItem);
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param answers item id to answer
     * @return the answers, in the map's order
     */
    public static Answers of(Map<String, Answer> answers) {
        Builder b = builder();
        answers.forEach(b::put);
        return b.build();
    }

    /**
     * Reads answers typed by a person (see {@link Answer#parse(String)}).
     *
     * @param typed item id to typed answer
     * @return the answers
     */
    public static Answers parse(Map<String, String> typed) {
        Builder b = builder();
        typed.forEach((k, v) -> b.put(k, Answer.parse(Objects.requireNonNull(v, "answer to " + k))));
        return b.build();
    }

    /**
     * Reads answers in the form {@code Q1=4,Q2=1,Q3=y}.
     *
     * @param text comma-separated {@code item=answer} pairs
     * @return the answers
     * @throws org.dvpp.domain.InvalidInputException if a pair has no {@code =} or an item appears twice
     */
    public static Answers parse(String text) {
        Builder b = builder();
        if (text.isBlank()) {
            return b.build();
        }
        for (String pair : text.split(",", -1)) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new org.dvpp.domain.InvalidInputException("answers", "format",
                        "each answer must look like ITEM=VALUE, such as Q1=4; got '" + abbreviate(pair) + "'");
            }
            String id = pair.substring(0, eq).strip();
            if (b.map.containsKey(id)) {
                throw new org.dvpp.domain.InvalidInputException("answers." + abbreviate(id), "duplicate",
                        "item " + abbreviate(id) + " is answered twice");
            }
            b.put(id, Answer.parse(pair.substring(eq + 1)));
        }
        return b.build();
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    /**
     * @param itemId an item id
     * @return its answer, if given
     */
    public Optional<Answer> get(String itemId) {
        return Optional.ofNullable(byItem.get(itemId));
    }

    /**
     * The answer or null, for engines that must not allocate on the scoring path.
     *
     * @param itemId an item id
     * @return its answer, or null
     */
    public @Nullable Answer getOrNull(String itemId) {
        return byItem.get(itemId);
    }

    /** @return every answer by item id, in the order given */
    public Map<String, Answer> asMap() {
        return byItem;
    }

    /** @return the number of answers */
    public int size() {
        return byItem.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Answers a && a.byItem.equals(byItem);
    }

    @Override
    public int hashCode() {
        return byItem.hashCode();
    }

    /** @return the item ids only: answers can be sensitive (health, risk) and are never printed */
    @Override
    public String toString() {
        return "Answers" + byItem.keySet();
    }

    /** Collects answers. */
    public static final class Builder {
        private final Map<String, Answer> map = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * @param itemId the item id
         * @param answer its answer (replaces an earlier one)
         * @return this builder
         */
        public Builder put(String itemId, Answer answer) {
            map.put(Objects.requireNonNull(itemId, "itemId"), Objects.requireNonNull(answer, "answer"));
            return this;
        }

        /**
         * @param itemId the item id
         * @param value a numeric answer
         * @return this builder
         */
        public Builder put(String itemId, int value) {
            return put(itemId, Answer.of(value));
        }

        /**
         * @param itemId the item id
         * @param yes true for yes, false for no
         * @return this builder
         */
        public Builder put(String itemId, boolean yes) {
            return put(itemId, yes ? Answer.yes() : Answer.no());
        }

        /** @return the answers */
        public Answers build() {
            return new Answers(new LinkedHashMap<>(map));
        }
    }
}
