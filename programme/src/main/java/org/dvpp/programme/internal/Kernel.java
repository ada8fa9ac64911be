package org.dvpp.programme.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.DomainEvent;
import org.dvpp.domain.DvppException;
import org.dvpp.domain.Identifier;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.NotFoundException;
import org.dvpp.domain.RuleCodes;
import org.dvpp.domain.casework.Case;
import org.dvpp.domain.casework.CaseChange;
import org.dvpp.domain.casework.CaseCommand;
import org.dvpp.domain.casework.CaseLifecycle;
import org.dvpp.programme.AccessDeniedException;
import org.dvpp.programme.AccessPolicy;
import org.dvpp.programme.ActingUser;
import org.dvpp.programme.Permission;
import org.dvpp.programme.Role;
import org.dvpp.programme.SecurityEvent;
import org.dvpp.domain.PersonAtRiskId;
import org.dvpp.domain.safety.GlassAccess;
import org.dvpp.storage.spi.DecryptionFailedException;
import org.dvpp.storage.spi.AuditAction;
import org.dvpp.storage.spi.AuditEntry;
import org.dvpp.storage.spi.Storage;
import org.dvpp.storage.spi.Transaction;
import org.dvpp.storage.spi.TransactionWork;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one pipeline every front-door method runs through, and what the use cases share (storage, clock, events).
 *
 * <p>{@link #run} does, in this order and nowhere else: the permission check against the access policy (read afresh
 * on every call), input validation, one transaction (with storage's bounded retry), the work, redaction of the result
 * for the caller's roles, and audit in the same transaction: every change, and every read whose result still holds
 * P0 or P1 data. A refusal, and an attempt on a record that is not found (or is another agency's), is audited in a
 * transaction of its own before the exception leaves. If an audit write fails, the call fails and nothing changes. No
 * use case opens a transaction or writes an audit entry itself (an architecture test holds them to that).
 */
public final class Kernel {
    private static final Logger LOG = LoggerFactory.getLogger("org.dvpp.programme.pipeline");

    final Storage storage;
    final Clock clock;
    private final AccessPolicy policy;
    final InputValidator validator;
    final EventCodec codec;
    final SecurityEvents security;
    /** The organisation of each listener that belongs to one, by listener id. */
    private final java.util.Map<String, org.dvpp.domain.AgencyId> listenerScopes;

    Kernel(Storage storage, Clock clock, AccessPolicy policy, InputValidator validator, EventCodec codec,
            SecurityEvents security, java.util.Map<String, org.dvpp.domain.AgencyId> listenerScopes) {
        this.listenerScopes = java.util.Map.copyOf(listenerScopes);
        this.storage = storage;
        this.clock = clock;
        this.policy = policy;
        this.validator = validator;
        this.codec = codec;
        this.security = security;
    }

    /**
     * What a front-door method is: its name (for the audit log), the permission it needs, the change it makes (none for
     * a read), and the kind of record it works on.
     *
     * @param name the method, such as {@code cases.withdraw}
     * @param permission what the caller must be allowed
     * @param change the audit action of a change, or null for a read
     * @param entity the kind of record in the audit log, such as {@code case}
     * @param auditEveryRead whether a read is audited even when its result holds no P0 or P1 data (a read of
     *     partner support's casework: that someone looked is itself sensitive)
     * @param glass whether an open break-the-glass access to the subject (a person at risk) stands in for the
     *     permission
     */
    record Op(String name, Permission permission, @Nullable AuditAction change, String entity, boolean auditEveryRead,
            boolean glass) {
        Op(String name, Permission permission, @Nullable AuditAction change, String entity) {
            this(name, permission, change, entity, false, false);
        }

        static Op read(String name, Permission permission, String entity) {
            return new Op(name, permission, null, entity);
        }

        static Op write(String name, Permission permission, AuditAction change, String entity) {
            return new Op(name, permission, change, entity);
        }

        /** @return a read audited every time, whatever it finds */
        static Op auditedRead(String name, Permission permission, String entity) {
            return new Op(name, permission, null, entity, true, false);
        }

        /** @return this operation, also open to a user with an open break-the-glass access to the subject */
        Op orUnderGlass() {
            return new Op(name, permission, change, entity, auditEveryRead, true);
        }
    }

    /**
     * Runs one front-door call through the pipeline.
     *
     * @param user the acting user
     * @param op what is being done
     * @param subjectField the name of the subject argument, for its validation error
     * @param subject the record it is done to, or null when it works on the agency as a whole
     * @param checks the input checks beyond the subject's presence
     * @param work the work, inside the transaction
     * @return the result, with what the caller may not read withheld
     */
    <T> T run(ActingUser user, Op op, String subjectField, @Nullable Identifier subject, Consumer<Checks> checks,
            TransactionWork<T> work) {
        return run(user, op, subjectField, subject, true, checks, work);
    }

    /**
     * Runs a call on the agency as a whole (no subject record).
     *
     * @param user the acting user
     * @param op what is being done
     * @param checks the input checks
     * @param work the work
     * @return the result, redacted
     */
    <T> T run(ActingUser user, Op op, Consumer<Checks> checks, TransactionWork<T> work) {
        return run(user, op, "", null, false, checks, work);
    }

    private <T> T run(ActingUser user, Op op, String subjectField, @Nullable Identifier subject,
            boolean subjectRequired, Consumer<Checks> checks, TransactionWork<T> work) {
        if (user == null) {
            throw new InvalidInputException("user", RuleCodes.REQUIRED, "the acting user is required");
        }
        // 1. permission (or, where the operation allows it, an open break-the-glass access to its subject)
        GlassAccess glass = null;
        if (!policy.allows(user, op.permission())) {
            if (op.glass() && subject instanceof PersonAtRiskId person) {
                glass = storage.readOnly(user.agency(), tx -> tx.partnerSupport().openGlassAccess(user.id(), person,
                        now())).orElse(null);
            }
            if (glass == null) {
                AccessDeniedException denied = new AccessDeniedException(user.id(), op.permission());
                auditAlone(user, AuditAction.DENIED, op, subject, denied);
                throw denied;
            }
        }
        // 2. validation
        Checks c = new Checks(validator);
        if (subjectRequired) {
            c.required(subjectField, subject);
        }
        checks.accept(c);
        c.done();
        Set<DataClass> readable = EnumSet.noneOf(DataClass.class);
        for (DataClass dc : DataClass.values()) {
            if (policy.mayRead(user, dc)) {
                readable.add(dc);
            }
        }
        if (glass != null) {
            readable.add(DataClass.P0); // the access opens her record, P0 and all, for this call only
        }
        GlassAccess underGlass = glass;
        // 3. transaction, 4. work, 5. redaction, 6. audit
        T done;
        try {
            done = storage.inTransaction(user.agency(), tx -> {
                String via = "";
                if (underGlass != null) {
                    // checked again inside the transaction: an access that ended meanwhile opens nothing
                    if (tx.partnerSupport().openGlassAccess(user.id(), underGlass.person(), now()).isEmpty()) {
                        throw new AccessDeniedException(user.id(), op.permission());
                    }
                    via = " break-the-glass " + underGlass.id();
                }
                T result = work.run(tx);
                Redactor.Outcome<T> out = Redactor.redact(result, readable);
                if (op.change() != null) {
                    String note = result instanceof GlassAccess g ? " access " + g.id() + " until " + g.expiresAt()
                            : result instanceof org.dvpp.programme.ErasureReceipt e ? " basis " + e.basis()
                                    + " sealed " + e.valuesSealed() + " shredded " + e.valuesShredded() : "";
                    audit(tx, user, op.change(), op.entity(), id(user, subject), op.name() + note + via);
                } else if (out.sawAny() || op.auditEveryRead() || underGlass != null) {
                    audit(tx, user, AuditAction.READ, op.entity(), id(user, subject), (op.name() + via + " "
                            + out.describe()).trim());
                }
                return out.value();
            });
        } catch (NotFoundException e) {
            auditAlone(user, AuditAction.NOT_FOUND, op, subject, e);
            throw e;
        } catch (AccessDeniedException e) {
            auditAlone(user, AuditAction.DENIED, op, subject, e);
            throw e;
        } catch (DecryptionFailedException e) {
            // item 18: a ciphertext that fails its integrity check is a possible tampering incident, not a plain error
            auditAlone(user, AuditAction.DENIED, op, subject, e, " decryption-failed " + e.table() + "."
                    + e.field());
            security.announce(new SecurityEvent.DecryptionFailed(user.agency(), user.id(), e.table(), e.field(),
                    e.recordId(), op.name(), e.correlationId(), now()));
            throw e;
        } catch (org.dvpp.programme.ErasureRefusedException e) {
            // a refused erasure is kept in the audit log with its reasons' codes (never a hold's own words)
            auditAlone(user, AuditAction.DENIED, op, subject, e, " refused " + String.join(" ", e.reasons()));
            throw e;
        } catch (DvppException e) {
            LOG.debug("{} refused: {} (correlation {})", op.name(), e.errorCode(), e.correlationId());
            throw e;
        }
        if (done instanceof GlassAccess g) {
            security.announce(new SecurityEvent.GlassBroken(user.agency(), user.id(), g.id(), g.person(), now(),
                    g.expiresAt()));
        }
        return done;
    }

    private void auditAlone(ActingUser user, AuditAction action, Op op, @Nullable Identifier subject,
            DvppException cause) {
        auditAlone(user, action, op, subject, cause, "");
    }

    private void auditAlone(ActingUser user, AuditAction action, Op op, @Nullable Identifier subject,
            DvppException cause, String note) {
        LOG.info("{} {} for user {} in agency {} (code {}, correlation {})", op.name(), action.name().toLowerCase(
                java.util.Locale.ROOT), user.id(), user.agency(), cause.errorCode(), cause.correlationId());
        try {
            storage.inTransaction(user.agency(), tx -> {
                audit(tx, user, action, op.entity(), id(user, subject), op.name() + " correlation "
                        + cause.correlationId() + note);
                return null;
            });
        } catch (RuntimeException auditFailure) {
            cause.addSuppressed(auditFailure);
        }
    }

    /**
     * Writes one more audit entry in the call's transaction, for work that acts on several records in one call (the
     * retention job: one entry per man it erases). Only ids, codes, counts and dates may go into the purpose.
     */
    void auditAlso(Transaction tx, ActingUser user, AuditAction action, String entityType, Identifier entity,
            String purpose) {
        audit(tx, user, action, entityType, entity.value(), purpose);
    }

    private static UUID id(ActingUser user, @Nullable Identifier subject) {
        return subject == null ? user.agency().value() : subject.value();
    }

    private void audit(Transaction tx, ActingUser user, AuditAction action, String entityType, UUID entityId,
            String purpose) {
        String p = purpose.length() > 400 ? purpose.substring(0, 399) + "…" : purpose;
        tx.audit().append(new AuditEntry(user.id(), action, entityType, entityId, p, now()));
    }

    /**
     * A facilitator reaches only the groups he or she runs: when the caller holds the operation's permission through
     * no role but {@link Role#FACILITATOR}, a group he or she is not a facilitator of reads as not found.
     *
     * @param user the caller
     * @param op the operation
     * @param group the group
     */
    void requireRunsGroup(ActingUser user, Op op, org.dvpp.domain.group.Group group) {
        boolean onlyAsFacilitator = user.roles().stream().filter(r -> policy.allows(r, op.permission()))
                .allMatch(r -> r == Role.FACILITATOR);
        if (onlyAsFacilitator && !group.facilitators().contains(user.id())) {
            throw new NotFoundException("group", group.id());
        }
    }

    /**
     * The test of {@link #requireRunsGroup} as a question, for reads that list groups rather than refuse one.
     *
     * @param user the caller
     * @param op the operation
     * @param group the group
     * @return false when the caller holds the permission only as a facilitator and does not run the group
     */
    boolean reachesGroup(ActingUser user, Op op, org.dvpp.domain.group.Group group) {
        boolean onlyAsFacilitator = user.roles().stream().filter(r -> policy.allows(r, op.permission()))
                .allMatch(r -> r == Role.FACILITATOR);
        return !onlyAsFacilitator || group.facilitators().contains(user.id());
    }

    /**
     * Queues an event for the listeners and, when partner support must be told, puts it on the task list of every
     * person at risk from the man, in the same transaction as the change.
     */
    void publish(Transaction tx, DomainEvent event) {
        if (listenerScopes.isEmpty()) {
            codec.encode(event).forEach(tx.outbox()::append);
        } else {
            // a listener of another organisation gets a copy only of a case shared with it under an agreement in force
            java.util.Set<org.dvpp.domain.AgencyId> sharedWith = Sharing.recipientsInForce(tx,
                    new CaseId(event.streamId()), today());
            codec.encode(event, listener -> {
                org.dvpp.domain.AgencyId org = listenerScopes.get(listener);
                return org == null || org.equals(event.agency()) || sharedWith.contains(org);
            }).forEach(tx.outbox()::append);
        }
        PartnerNotifications.record(tx, event);
    }

    /**
     * Asked again at delivery, for an event queued for another organisation's listener: whether the case is still
     * shared with it under an agreement in force (a revocation, an expiry or an ended share stops what is queued).
     *
     * @param listenerId the listener
     * @param event the event
     * @return whether the listener may receive it
     */
    boolean mayDeliver(String listenerId, org.dvpp.programme.events.ProgrammeEvent event) {
        org.dvpp.domain.AgencyId org = listenerScopes.get(listenerId);
        if (org == null || org.equals(event.agency())) {
            return true;
        }
        return storage.readOnly(event.agency(), tx -> Sharing.recipientsInForce(tx, event.caseId(), today())
                .contains(org));
    }

    /**
     * Runs part of a read under an information-sharing agreement in the holding organisation's own transaction, and
     * audits it in that organisation's log too: the holder sees every look at what it shared. Only ids and codes go
     * into the purpose.
     *
     * @param reader who reads (a user of the receiving organisation)
     * @param holder the organisation holding the record
     * @param entityType the kind of record
     * @param entity the record
     * @param purpose what was read and under what, ids and codes only
     * @param work the read
     * @return what it read
     */
    <T> T inHolder(ActingUser reader, org.dvpp.domain.AgencyId holder, String entityType, Identifier entity,
            String purpose, TransactionWork<T> work) {
        return storage.inTransaction(holder, tx -> {
            T result = work.run(tx);
            audit(tx, reader, AuditAction.READ, entityType, entity.value(), purpose);
            return result;
        });
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

    /** The input checks of one call: each adds its violations, and {@link #done()} throws them all at once. */
    static final class Checks {
        private final InputValidator validator;
        private final java.util.List<org.dvpp.domain.Violation> found = new java.util.ArrayList<>();

        Checks(InputValidator validator) {
            this.validator = validator;
        }

        Checks required(String field, @Nullable Object value) {
            if (value == null) {
                found.add(new org.dvpp.domain.Violation(field, RuleCodes.REQUIRED, field + " is required"));
            }
            return this;
        }

        /** A record input: present, its constraints and the characters of its texts. */
        Checks valid(String field, @Nullable Object value) {
            return collect(() -> validator.check(field, value));
        }

        /** A single-line text. */
        Checks text(String field, @Nullable String value, int max) {
            return collect(() -> org.dvpp.domain.Checks.text(value, field, max));
        }

        /** A text over several lines (a reason, a note). */
        Checks freeText(String field, @Nullable String value, int max) {
            return collect(() -> org.dvpp.domain.Checks.freeText(value, field, max));
        }

        /** A number within bounds. */
        Checks range(String field, int value, int min, int max) {
            return collect(() -> org.dvpp.domain.Checks.range(value, field, min, max));
        }

        /** A date no later than today, by the injected clock. */
        Checks notInFuture(String field, @Nullable LocalDate value, LocalDate today) {
            if (value == null) {
                return required(field, null);
            }
            if (value.isAfter(today)) {
                found.add(new org.dvpp.domain.Violation(field, RuleCodes.NOT_IN_FUTURE, field
                        + " must not be after today"));
            }
            return this;
        }

        /** A rule of the use case's own, run with the others; it throws {@link InvalidInputException} when broken. */
        Checks check(Runnable rule) {
            return collect(rule);
        }

        private Checks collect(Runnable check) {
            try {
                check.run();
            } catch (InvalidInputException e) {
                found.addAll(e.violations());
            }
            return this;
        }

        void done() {
            if (!found.isEmpty()) {
                throw new InvalidInputException(found);
            }
        }
    }
}
