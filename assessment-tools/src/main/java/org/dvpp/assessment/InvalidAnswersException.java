package org.dvpp.assessment;

import java.util.List;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.Violation;

/**
 * Answers broke the instrument's rules: a value outside an item's allowed answers (AUDIT Q9 = 1), an unknown item, a
 * missing required answer, an item answered that skip logic says was not asked. Each violation's path is
 * {@code <instrument>.<item>}; its rule is a stable code ({@code allowed-values}, {@code unknown-item},
 * {@code required}, {@code skip-logic}, {@code too-many-missing}, ...). No result is produced.
 *
 * @since 0.1
 */
public class InvalidAnswersException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final String instrumentId;

    /**
     * @param instrumentId the instrument
     * @param violations what was wrong; at least one
     */
    public InvalidAnswersException(String instrumentId, List<Violation> violations) {
        super(violations);
        this.instrumentId = instrumentId;
    }

    /** @return the instrument whose rules were broken */
    public String instrumentId() {
        return instrumentId;
    }

    @Override
    public String getMessage() {
        return "Invalid answers for instrument " + instrumentId + ": " + String.join("; ",
                violations().stream().map(Violation::toString).toList());
    }
}
