package org.dvpp.programme;

import java.util.Map;
import org.dvpp.domain.Checks;

/**
 * What a practitioner found at screening, for the eligibility rules to read.
 *
 * @param historyOfPerpetratingAbuse whether there is a history of perpetrating domestic abuse (disclosed or known)
 * @param other further answers an agency's own rules read, by key
 */
@org.dvpp.domain.Classified
public record ScreeningAnswers(boolean historyOfPerpetratingAbuse, Map<String, String> other) {
    /** Checks every part. */
    public ScreeningAnswers {
        other = Map.copyOf(Checks.required(other, "other"));
    }

    /**
     * @param historyOfPerpetratingAbuse whether there is a history of perpetrating domestic abuse
     * @return answers with nothing else
     */
    public static ScreeningAnswers of(boolean historyOfPerpetratingAbuse) {
        return new ScreeningAnswers(historyOfPerpetratingAbuse, Map.of());
    }
}
