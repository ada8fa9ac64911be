package org.dvpp.assessment;

/**
 * An assessment instrument: a screening or outcome tool that scores a set of answers. Implementations are immutable and
 * thread-safe; {@link #score(Answers)} does no parsing of definitions or reflection.
 *
 * <p>Built-in and declarative (JSON) instruments implement this; a Java plugin implements it directly and publishes it
 * through an {@link org.dvpp.assessment.spi.InstrumentProvider}.
 *
 * @since 0.1
 */
public interface Instrument {
    /** @return what the instrument is, its items, rules, source and licence notes */
    InstrumentDescriptor descriptor();

    /**
     * Scores a set of answers.
     *
     * @param answers the answers, by item id
     * @return the result, naming this instrument and version
     * @throws InvalidAnswersException if an answer is not allowed, an item is unknown, a required answer is missing, or
     *     skip logic is broken; no result is produced
     */
    ScoreResult score(Answers answers);

    /** @return the instrument's id (shortcut for {@code descriptor().id()}) */
    default String id() {
        return descriptor().id();
    }
}
