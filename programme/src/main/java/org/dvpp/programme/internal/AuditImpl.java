package org.dvpp.programme.internal;

import org.dvpp.programme.ActingUser;
import org.dvpp.programme.Audit;
import org.dvpp.programme.Permission;
import org.dvpp.programme.SecurityEvent;
import org.dvpp.storage.spi.AuditAction;
import org.dvpp.storage.spi.AuditVerification;
import org.dvpp.storage.spi.SignedAuditHead;

/** Verifying the audit chain and exporting its signed head, through the pipeline. */
final class AuditImpl implements Audit {
    private static final Kernel.Op VERIFY = Kernel.Op.auditedRead("audit.verify", Permission.VERIFY_AUDIT,
            "audit_log");
    private static final Kernel.Op EXPORT_HEAD = Kernel.Op.write("audit.exportHead", Permission.VERIFY_AUDIT,
            AuditAction.EXPORT, "audit_log");
    private final Kernel k;

    AuditImpl(Kernel kernel) {
        this.k = kernel;
    }

    @Override
    public AuditVerification verify(ActingUser user) {
        return announced(user, k.run(user, VERIFY, c -> { }, tx -> tx.audit().verify()));
    }

    @Override
    public AuditVerification verify(ActingUser user, SignedAuditHead lastExported) {
        return announced(user, k.run(user, VERIFY, c -> c.required("head", lastExported),
                tx -> tx.audit().verify(lastExported)));
    }

    /** A broken chain is a security event (R-DSPT-3), raised after the verification and its audit entry committed. */
    private AuditVerification announced(ActingUser user, AuditVerification v) {
        v.firstBrokenSequence().ifPresent(seq -> k.security.announce(new SecurityEvent.AuditChainBroken(user.agency(),
                user.id(), seq, k.now())));
        return v;
    }

    @Override
    public SignedAuditHead exportHead(ActingUser user) {
        return k.run(user, EXPORT_HEAD, c -> { }, tx -> tx.audit().signedHead());
    }
}
