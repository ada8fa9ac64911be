package org.dvpp.storage.spi;

import java.time.Instant;
import java.util.UUID;
import org.dvpp.domain.Checks;
import org.dvpp.domain.Classified;
import org.dvpp.domain.UserId;

/**
 * One access to sensitive data, as the caller describes it. Holds no sensitive values itself.
 *
 * @param actor who
 * @param action what
 * @param entityType the kind of record, for example {@code "PersonAtRisk"}
 * @param entityId which record
 * @param purpose why, in a few words (no sensitive data)
 * @param at when
 * @since 0.1
 */
@Classified
public record AuditEntry(UserId actor, AuditAction action, String entityType, UUID entityId, String purpose,
        Instant at) {
    /** Checks the input. */
    public AuditEntry {
        Checks.required(actor, "actor");
        Checks.required(action, "action");
        Checks.text(entityType, "entityType", 80);
        Checks.required(entityId, "entityId");
        Checks.optionalText(purpose, "purpose", 400);
        Checks.required(at, "at");
    }
}
