package org.dvpp.programme.internal;

import org.dvpp.programme.ActingUser;
import org.dvpp.programme.Audit;
import org.dvpp.programme.Permission;
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
        return k.run(user, VERIFY, c -> { }, tx -> tx.audit().verify());
    }

    @Override
    public AuditVerification verify(ActingUser user, SignedAuditHead lastExported) {
        return k.run(user, VERIFY, c -> c.required("head", lastExported), tx -> tx.audit().verify(lastExported));
    }

    @Override
    public SignedAuditHead exportHead(ActingUser user) {
        return k.run(user, EXPORT_HEAD, c -> { }, tx -> tx.audit().signedHead());
    }
}
