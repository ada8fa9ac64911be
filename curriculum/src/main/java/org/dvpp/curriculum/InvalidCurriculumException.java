package org.dvpp.curriculum;

import java.util.List;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.Violation;

/**
 * A curriculum definition broke one or more rules. Each {@link Violation}'s path is the JSON path of the offending
 * value; {@link #source()} names the file or provider it came from.
 */
public class InvalidCurriculumException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final String source;

    /**
     * @param source the file, resource or provider the definition came from
     * @param violations the broken rules; at least one
     */
    public InvalidCurriculumException(String source, List<Violation> violations) {
        super(violations);
        this.source = source;
    }

    /** @return the file, resource or provider the definition came from */
    public String source() {
        return source;
    }

    @Override
    public String getMessage() {
        return source + ": " + super.getMessage();
    }
}
