package org.dvpp.assessment;

import org.dvpp.domain.DvppException;

/**
 * The root of the exceptions the assessment module throws that are not about invalid input (those are
 * {@link org.dvpp.domain.InvalidInputException}s: {@link InvalidAnswersException}, {@link InvalidDefinitionException}).
 *
 * @since 0.1
 */
public abstract class AssessmentException extends DvppException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, naming the instrument or plugin */
    protected AssessmentException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, naming the instrument or plugin
     * @param cause the underlying failure
     */
    protected AssessmentException(String message, Throwable cause) {
        super(message, cause);
    }
}
