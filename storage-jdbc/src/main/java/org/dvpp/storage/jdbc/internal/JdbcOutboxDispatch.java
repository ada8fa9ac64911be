package org.dvpp.storage.jdbc.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.EventId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.storage.spi.OutboxDispatch;
import org.dvpp.storage.spi.OutboxEntry;

/**
 * Claims outbox messages with a conditional UPDATE per message (no SKIP LOCKED, no advisory locks): a message is
 * claimable when it is undelivered, due, not under an unexpired lease, and the oldest undelivered one of its stream.
 */
final class JdbcOutboxDispatch implements OutboxDispatch {
    /** The pseudo-agency of the dispatcher's cross-agency transactions; it owns no rows. */
    private static final AgencyId DISPATCHER = new AgencyId(new UUID(0, 0));
    private final JdbcStorage storage;
    private final FieldCipher cipher;
    private final Clock clock;

    JdbcOutboxDispatch(JdbcStorage storage, FieldCipher cipher, Clock clock) {
        this.storage = storage;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Override
    public List<OutboxEntry> claim(String worker, int max, Duration lease) {
        Checks.text(worker, "worker", 120);
        Checks.range(max, "max", 1, 1_000);
        Checks.required(lease, "lease");
        if (lease.isNegative() || lease.isZero()) {
            throw new InvalidInputException("lease", "positive", "lease must be positive");
        }
        return storage.withDb(DISPATCHER, false, db -> {
            Instant now = clock.instant();
            List<OutboxEntry> due = db.list(OutboxRepo.COLS + "o WHERE o.delivered = ? AND o.next_attempt_nanos <= ? "
                    + "AND (o.claimed_until_nanos IS NULL OR o.claimed_until_nanos < ?) AND NOT EXISTS (SELECT 1 "
                    + "FROM outbox p WHERE p.agency_id = o.agency_id AND p.stream_id = o.stream_id "
                    + "AND p.delivered = ? AND p.stream_seq < o.stream_seq) "
                    + "ORDER BY o.occurred_at_nanos, o.stream_seq LIMIT ?",
                    r -> OutboxRepo.map(r, cipher), false, now, now, false, max);
            List<OutboxEntry> claimed = new ArrayList<>();
            for (OutboxEntry e : due) {
                int n = db.update("UPDATE outbox SET claimed_by = ?, claimed_until_nanos = ? WHERE agency_id = ? "
                        + "AND id = ? AND delivered = ? AND (claimed_until_nanos IS NULL OR claimed_until_nanos < ?)",
                        worker, now.plus(lease), e.message().agency(), e.message().id(), false, now);
                if (n == 1) {
                    claimed.add(e);
                }
            }
            return claimed;
        });
    }

    @Override
    public boolean acknowledge(AgencyId agency, EventId id) {
        Checks.required(agency, "agency");
        Checks.required(id, "id");
        return storage.withDb(agency, false, db -> db.update("UPDATE outbox SET delivered = ?, claimed_by = NULL, "
                + "claimed_until_nanos = NULL WHERE agency_id = ? AND id = ? AND delivered = ?", true, agency, id,
                false) == 1);
    }

    @Override
    public boolean fail(AgencyId agency, EventId id, String error, Duration retryAfter) {
        Checks.required(agency, "agency");
        Checks.required(id, "id");
        Checks.optionalFreeText(error, "error", 1000);
        Checks.required(retryAfter, "retryAfter");
        if (retryAfter.isNegative()) {
            throw new InvalidInputException("retryAfter", "not-negative", "retryAfter cannot be negative");
        }
        return storage.withDb(agency, false, db -> db.update("UPDATE outbox SET attempts = attempts + 1, "
                + "next_attempt_nanos = ?, last_error = ?, claimed_by = NULL, claimed_until_nanos = NULL "
                + "WHERE agency_id = ? AND id = ? AND delivered = ?", clock.instant().plus(retryAfter), error, agency,
                id, false) == 1);
    }
}
