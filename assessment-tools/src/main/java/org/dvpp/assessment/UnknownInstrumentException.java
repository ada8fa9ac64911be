package org.dvpp.assessment;

import java.util.Collection;
import java.util.List;

/**
 * No instrument with the requested id is registered. The message lists the ids that are.
 *
 * @since 0.1
 */
public class UnknownInstrumentException extends AssessmentException {
    private static final long serialVersionUID = 1L;

    private final String instrumentId;

    /**
     * @param instrumentId the id asked for
     * @param known the ids that are registered
     */
    public UnknownInstrumentException(String instrumentId, Collection<String> known) {
        super("No instrument with id '" + instrumentId + "'. Known instruments: " + String.join(", ", List.copyOf(known)));
        this.instrumentId = instrumentId;
    }

    /** @return the id asked for */
    public String instrumentId() {
        return instrumentId;
    }
}
