package org.dvpp.storage.spi;

import java.time.Instant;
import org.dvpp.domain.ParticipantId;
import org.dvpp.domain.casework.CaseStatus;

/**
 * A subject whose cases are all closed and who is neither restricted nor erased: retention runs from his last closure.
 *
 * @param subject the man
 * @param closedAt when his last case was closed
 * @param closedFrom the status his last case was closed from (how it ended)
 * @param startedProgramme whether any case of his ever started the programme
 * @since 0.3
 */
@org.dvpp.domain.Classified
public record RetentionCandidate(ParticipantId subject, Instant closedAt, CaseStatus closedFrom,
        boolean startedProgramme) {
}
