package org.dvpp.assessment;

import java.util.List;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.Violation;

/**
 * A declarative instrument definition (JSON) is malformed or breaks a rule: an unknown property, a duplicate item id,
 * bands with a gap or overlap, a formula naming an undefined item, nesting too deep, a string or number too large. Each
 * violation's path is a JSON path such as {@code $.items[3].options[1].points}; the message names the source (file or
 * resource).
 *
 * @since 0.1
 */
public class InvalidDefinitionException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final String source;

    /**
     * @param source the file or resource the definition came from
     * @param violations what was wrong; at least one
     */
    public InvalidDefinitionException(String source, List<Violation> violations) {
        super(violations);
        this.source = source;
    }

    /** @return the file or resource the definition came from */
    public String source() {
        return source;
    }

    @Override
    public String getMessage() {
        return "Invalid instrument definition " + source + ": " + String.join("; ",
                violations().stream().map(Violation::toString).toList());
    }
}
