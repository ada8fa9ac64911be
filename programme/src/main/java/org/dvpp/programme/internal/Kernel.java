package org.dvpp.programme.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.DomainEvent;
import org.dvpp.domain.casework.Case;
import org.dvpp.domain.casework.CaseChange;
import org.dvpp.domain.casework.CaseCommand;
import org.dvpp.domain.casework.CaseLifecycle;
import org.dvpp.programme.AccessDeniedException;
import org.dvpp.programme.AccessPolicy;
import org.dvpp.programme.ActingUser;
import org.dvpp.programme.Permission;
import org.dvpp.storage.spi.AuditAction;
import org.dvpp.storage.spi.AuditEntry;
import org.dvpp.storage.spi.Storage;
import org.dvpp.storage.spi.Transaction;
import org.dvpp.storage.spi.TransactionWork;

/** What every use case needs: storage, the clock, the access policy, input validation, events and audit. */
public final class Kernel {
    final Storage storage;
    final Clock clock;
    final AccessPolicy policy;
    final InputValidator validator;
    final EventCodec codec;

    Kernel(Storage storage, Clock clock, AccessPolicy policy, InputValidator validator, EventCodec codec) {
        this.storage = storage;
        this.clock = clock;
        this.policy = policy;
        this.validator = validator;
        this.codec = codec;
    }

    void require(ActingUser user, Permission permission) {
        if (user == null) {
            throw new org.dvpp.domain.InvalidInputException("user", "required", "the acting user is required");
        }
        if (!policy.allows(user, permission)) {
            throw new AccessDeniedException(user.id(), permission);
        }
    }

    <T> T write(ActingUser user, TransactionWork<T> work) {
        return storage.inTransaction(user.agency(), work);
    }

    <T> T read(ActingUser user, TransactionWork<T> work) {
        return storage.readOnly(user.agency(), work);
    }

    void publish(Transaction tx, DomainEvent event) {
        tx.outbox().append(codec.encode(event));
    }

    void audit(Transaction tx, ActingUser user, AuditAction action, String entityType, UUID entityId, String purpose) {
        tx.audit().append(new AuditEntry(user.id(), action, entityType, entityId, purpose, now()));
    }

    /** Loads a case, applies a lifecycle command, saves it and queues its event, all in the caller's transaction. */
    Case handle(Transaction tx, ActingUser user, CaseId caseId, CaseCommand command) {
        Case current = tx.cases().get(caseId);
        CaseChange change = CaseLifecycle.handle(current, command, user.id(), now());
        Case saved = tx.cases().update(change.after());
        change.events().forEach(e -> publish(tx, e));
        return saved;
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
