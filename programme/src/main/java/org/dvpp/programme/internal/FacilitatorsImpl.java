package org.dvpp.programme.internal;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dvpp.domain.NotFoundException;
import org.dvpp.domain.SessionId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.group.Facilitator;
import org.dvpp.domain.group.GroupSession;
import org.dvpp.programme.ActingUser;
import org.dvpp.programme.Facilitators;
import org.dvpp.programme.Permission;
import org.dvpp.storage.spi.AuditAction;

/** Facilitator records and session facilitators. */
final class FacilitatorsImpl implements Facilitators {
    private static final String FACILITATOR = "facilitator";
    private final Kernel k;

    /** @param kernel shared services */
    @Inject
    FacilitatorsImpl(Kernel kernel) {
        this.k = kernel;
    }

    private static final Kernel.Op SAVE = Kernel.Op.write("facilitators.save", Permission.MANAGE_FACILITATORS,
            AuditAction.UPDATE, FACILITATOR);
    private static final Kernel.Op SUPERVISION = Kernel.Op.write("facilitators.recordSupervision",
            Permission.MANAGE_FACILITATORS, AuditAction.UPDATE, FACILITATOR);
    private static final Kernel.Op LIST = Kernel.Op.read("facilitators.list", Permission.VIEW_GROUPS, FACILITATOR);
    private static final Kernel.Op OF_SESSION = Kernel.Op.read("facilitators.ofSession", Permission.VIEW_GROUPS,
            "group-session");

    @Override
    public Facilitator save(ActingUser user, NewFacilitator in) {
        LocalDate today = k.today();
        return k.run(user, SAVE, c -> {
            c.valid("facilitator", in);
            if (in != null) {
                in.trainedOn().ifPresent(d -> c.notInFuture("facilitator.trainedOn", d, today));
                in.lastSupervisionOn().ifPresent(d -> c.notInFuture("facilitator.lastSupervisionOn", d, today));
                c.check(() -> new Facilitator(user.agency(), in.user(), in.name(), in.qualifications(),
                        in.trainedOn(), in.lastSupervisionOn()));
            }
        }, tx -> {
            Facilitator f = new Facilitator(user.agency(), in.user(), in.name(), in.qualifications(), in.trainedOn(),
                    in.lastSupervisionOn());
            tx.facilitators().save(f);
            return f;
        });
    }

    @Override
    public Facilitator recordSupervision(ActingUser user, UserId facilitator, LocalDate on) {
        return k.run(user, SUPERVISION, "facilitator", facilitator, c -> c.notInFuture("on", on, k.today()), tx -> {
            Facilitator f = tx.facilitators().find(facilitator)
                    .orElseThrow(() -> new NotFoundException(FACILITATOR, facilitator));
            Facilitator after = new Facilitator(f.agency(), f.user(), f.name(), f.qualifications(), f.trainedOn(),
                    Optional.of(on));
            tx.facilitators().save(after);
            return after;
        });
    }

    @Override
    public List<Facilitator> list(ActingUser user) {
        return k.run(user, LIST, c -> { }, tx -> tx.facilitators().list());
    }

    @Override
    public List<UserId> ofSession(ActingUser user, SessionId sessionId) {
        return k.run(user, OF_SESSION, "sessionId", sessionId, c -> { }, tx -> {
            GroupSession s = tx.groupSessions().find(sessionId)
                    .orElseThrow(() -> new NotFoundException("group session", sessionId));
            k.requireRunsGroup(user, OF_SESSION, tx.groups().get(s.group()));
            return tx.facilitators().sessionFacilitators(sessionId);
        });
    }
}
