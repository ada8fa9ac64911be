package org.dvpp.programme.internal;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.NotFoundException;
import org.dvpp.domain.RecordId;
import org.dvpp.domain.SessionId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.Violation;
import org.dvpp.domain.casework.AftercareAttendance;
import org.dvpp.domain.casework.AftercareMode;
import org.dvpp.domain.casework.AftercarePlace;
import org.dvpp.domain.casework.Case;
import org.dvpp.domain.casework.CaseCommand;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.domain.casework.Guard;
import org.dvpp.domain.casework.IllegalTransitionException;
import org.dvpp.domain.group.Group;
import org.dvpp.domain.group.GroupSession;
import org.dvpp.domain.group.GroupStatus;
import org.dvpp.domain.group.SessionStatus;
import org.dvpp.programme.ActingUser;
import org.dvpp.programme.Aftercare;
import org.dvpp.programme.Groups;
import org.dvpp.programme.Permission;
import org.dvpp.storage.spi.AuditAction;
import org.dvpp.storage.spi.Transaction;

/** Aftercare places, aftercare group registers and one-to-ones, kept as casework documents apart from the programme's. */
final class AftercareImpl implements Aftercare {
    private final Kernel k;
    private final CurriculumSupport curricula;
    private final org.dvpp.programme.FacilitatorRule facilitatorRule;

    /**
     * @param kernel shared services
     * @param curricula the curricula in force
     * @param settings the agency's settings (its facilitator rule)
     */
    @Inject
    AftercareImpl(Kernel kernel, CurriculumSupport curricula, Settings settings) {
        this.k = kernel;
        this.curricula = curricula;
        this.facilitatorRule = settings.facilitatorRule();
    }

    private static final Kernel.Op OFFER = Kernel.Op.write("aftercare.offer", Permission.MANAGE_CASE,
            AuditAction.CREATE, "case");
    private static final Kernel.Op END = Kernel.Op.write("aftercare.end", Permission.MANAGE_CASE, AuditAction.UPDATE,
            "aftercare-place");
    private static final Kernel.Op PLACES = Kernel.Op.read("aftercare.places", Permission.VIEW_CASE, "case");
    private static final Kernel.Op DUE_AT = Kernel.Op.read("aftercare.dueAt", Permission.VIEW_GROUPS, "session");
    private static final Kernel.Op REGISTER = Kernel.Op.write("aftercare.takeRegister", Permission.DELIVER_SESSIONS,
            AuditAction.CREATE, "session");
    private static final Kernel.Op ONE_TO_ONE = Kernel.Op.write("aftercare.recordOneToOne",
            Permission.DELIVER_SESSIONS, AuditAction.CREATE, "aftercare-place");
    private static final Kernel.Op ATTENDANCE = Kernel.Op.read("aftercare.attendance", Permission.VIEW_CASE, "case");

    @Override
    public AftercarePlace offer(ActingUser user, CaseId caseId, PlaceInput in) {
        return k.run(user, OFFER, "caseId", caseId, ch -> ch.valid("place", in), tx -> {
            Case c = tx.cases().get(caseId);
            if (c.status() != CaseStatus.COMPLETED && c.status() != CaseStatus.AFTERCARE) {
                throw new IllegalTransitionException(caseId, c.status(), "aftercare place (he has not completed)",
                        Guard.TRANSITION_ALLOWED);
            }
            List<Violation> problems = new ArrayList<>();
            List<AftercarePlace> places = CaseDocuments.AFTERCARE_PLACES.list(tx, caseId);
            if (places.stream().anyMatch(p -> !p.ended())) {
                problems.add(new Violation("caseId", "one-aftercare-place", "case " + caseId
                        + " already has an aftercare place that has not ended"));
            }
            completedOn(c).filter(done -> in.startsOn().isBefore(done)).ifPresent(done -> problems.add(
                    new Violation("place.startsOn", "after-completion", "aftercare starts on or after his completion"
                            + " on " + done)));
            if (in.mode() == AftercareMode.GROUP) {
                if (in.group().isEmpty()) {
                    problems.add(new Violation("place.group", "required", "a group place names its aftercare group"));
                } else {
                    Group g = tx.groups().find(in.group().get()).orElseThrow(() -> new NotFoundException("group",
                            in.group().get()));
                    if (!curricula.catalogue().get(g.curriculumId()).isAftercare()) {
                        problems.add(new Violation("place.group", "aftercare-group", "group " + g.id()
                                + " follows curriculum " + g.curriculumId() + ", which is not an aftercare curriculum"));
                    }
                    if (g.status() != GroupStatus.PLANNED && g.status() != GroupStatus.RUNNING) {
                        problems.add(new Violation("place.group", "open-group", "group " + g.id() + " is "
                                + g.status()));
                    }
                    long held = CaseDocuments.AFTERCARE_PLACES.listForAgency(tx).stream()
                            .filter(p -> !p.ended() && p.group().filter(g.id()::equals).isPresent()).count();
                    if (held >= g.capacity()) {
                        problems.add(new Violation("place.group", "place-free", "aftercare group " + g.id()
                                + " has all its " + g.capacity() + " places taken"));
                    }
                }
            } else if (in.group().isPresent()) {
                problems.add(new Violation("place.group", "matches-mode", "aftercare one-to-ones name no group"));
            }
            if (in.plannedEnd().isPresent() && in.plannedEnd().get().isBefore(in.startsOn())) {
                problems.add(new Violation("place.plannedEnd", "not-before-start", "the planned end is before the "
                        + "start"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            if (c.status() == CaseStatus.COMPLETED) {
                k.handle(tx, user, caseId, new CaseCommand.StartAftercare());
            }
            AftercarePlace place = new AftercarePlace(RecordId.random(), user.agency(), caseId, in.mode(), in.group(),
                    in.startsOn(), in.plannedEnd(), Optional.empty(), Optional.empty(), user.id());
            CaseDocuments.AFTERCARE_PLACES.insert(tx, place.id(), caseId, user.id(), k.now(), place);
            return place;
        });
    }

    /** The day his latest completion was recorded. */
    private Optional<LocalDate> completedOn(Case c) {
        return c.history().stream().filter(t -> t.to() == CaseStatus.COMPLETED)
                .map(t -> LocalDate.ofInstant(t.at(), k.clock.getZone())).reduce((a, b) -> b);
    }

    @Override
    public AftercarePlace end(ActingUser user, RecordId placeId, EndInput in) {
        return k.run(user, END, "placeId", placeId, ch -> ch.valid("end", in).notInFuture("end.on",
                in == null ? null : in.on(), k.today()), tx -> {
                    CaseDocuments.Stored<AftercarePlace> stored = CaseDocuments.AFTERCARE_PLACES.get(tx, placeId,
                            "aftercare place");
                    AftercarePlace place = stored.value();
                    tx.cases().get(place.caseId());
                    if (place.ended()) {
                        throw new InvalidInputException("placeId", "not-ended", "aftercare place " + placeId
                                + " ended on " + place.endedOn().get());
                    }
                    if (in.on().isBefore(place.startedOn())) {
                        throw new InvalidInputException("end.on", "not-before-start", "the place started on "
                                + place.startedOn());
                    }
                    LocalDate last = CaseDocuments.AFTERCARE_ATTENDANCE.list(tx, place.caseId()).stream()
                            .filter(a -> a.place().equals(placeId)).map(AftercareAttendance::on)
                            .max(Comparator.naturalOrder()).orElse(place.startedOn());
                    if (in.on().isBefore(last)) {
                        throw new InvalidInputException("end.on", "not-before-attendance", "aftercare attendance is "
                                + "recorded on " + last + ", after that end");
                    }
                    return CaseDocuments.AFTERCARE_PLACES.update(tx, stored, place.end(in.on(), in.reason()));
                });
    }

    /**
     * Ends his open aftercare places when his case is closed or otherwise ended: on today, or on a place's first day if
     * it had not started, and never before its last attendance.
     */
    static void endOpenPlaces(Transaction tx, CaseId caseId, LocalDate today) {
        for (AftercarePlace place : CaseDocuments.AFTERCARE_PLACES.list(tx, caseId)) {
            if (place.ended()) {
                continue;
            }
            LocalDate on = today.isBefore(place.startedOn()) ? place.startedOn() : today;
            for (AftercareAttendance a : CaseDocuments.AFTERCARE_ATTENDANCE.list(tx, caseId)) {
                if (a.place().equals(place.id()) && a.on().isAfter(on)) {
                    on = a.on();
                }
            }
            CaseDocuments.AFTERCARE_PLACES.update(tx, CaseDocuments.AFTERCARE_PLACES.get(tx, place.id(),
                    "aftercare place"), place.end(on, org.dvpp.domain.casework.AftercareEnd.CASE_ENDED));
        }
    }

    @Override
    public List<AftercarePlace> places(ActingUser user, CaseId caseId) {
        return k.run(user, PLACES, "caseId", caseId, ch -> { }, tx -> {
            tx.cases().get(caseId);
            return CaseDocuments.AFTERCARE_PLACES.list(tx, caseId);
        });
    }

    /** A meeting of an aftercare group, with its group; otherwise refused, naming the rule. */
    private record Meeting(GroupSession session, Group group) {
    }

    private Meeting aftercareMeeting(Transaction tx, ActingUser user, Kernel.Op op, SessionId sessionId) {
        GroupSession session = tx.groupSessions().find(sessionId)
                .orElseThrow(() -> new NotFoundException("group session", sessionId));
        Group g = tx.groups().get(session.group());
        k.requireRunsGroup(user, op, g);
        if (!curricula.catalogue().get(g.curriculumId()).isAftercare()) {
            throw new InvalidInputException("sessionId", "aftercare-group", "session " + sessionId + " is a meeting "
                    + "of programme group " + g.id() + ": take its register with groups().takeRegister");
        }
        return new Meeting(session, g);
    }

    /** The men due at an aftercare meeting: a place in its group that runs that day, and the case in aftercare. */
    private static Map<CaseId, AftercarePlace> due(Transaction tx, GroupSession session) {
        LocalDate day = session.scheduledStart().toLocalDate();
        Map<CaseId, AftercarePlace> out = new java.util.LinkedHashMap<>();
        CaseDocuments.AFTERCARE_PLACES.listForAgency(tx).stream()
                .filter(p -> p.group().filter(session.group()::equals).isPresent() && p.runsOn(day))
                .sorted(Comparator.comparing(AftercarePlace::startedOn))
                .forEach(p -> {
                    if (tx.cases().get(p.caseId()).status() == CaseStatus.AFTERCARE) {
                        out.putIfAbsent(p.caseId(), p);
                    }
                });
        return out;
    }

    @Override
    public List<CaseId> dueAt(ActingUser user, SessionId sessionId) {
        return k.run(user, DUE_AT, "sessionId", sessionId, ch -> { }, tx -> List.copyOf(due(tx,
                aftercareMeeting(tx, user, DUE_AT, sessionId).session()).keySet()));
    }

    @Override
    public List<AftercareAttendance> takeRegister(ActingUser user, SessionId sessionId, List<UserId> facilitators,
            List<Groups.RegisterLine> lines) {
        return k.run(user, REGISTER, "sessionId", sessionId, ch -> {
            ch.valid("lines", lines).required("facilitators", facilitators);
            if (facilitators != null) {
                ch.check(() -> org.dvpp.domain.Checks.list(facilitators, "facilitators"));
            }
        }, tx -> {
            var versioned = tx.groupSessions().findVersioned(sessionId)
                    .orElseThrow(() -> new NotFoundException("group session", sessionId));
            Meeting m = aftercareMeeting(tx, user, REGISTER, sessionId);
            GroupSession session = versioned.value();
            if (session.status() == SessionStatus.CANCELLED) {
                throw new InvalidInputException("sessionId", "not-cancelled", "session " + sessionId + " was cancelled");
            }
            if (session.registerTaken()) {
                throw new InvalidInputException("sessionId", "register-not-taken", "the register of session "
                        + sessionId + " has already been taken");
            }
            LocalDate day = session.scheduledStart().toLocalDate();
            if (day.isAfter(k.today())) {
                throw new InvalidInputException("sessionId", "not-in-future", "session " + sessionId + " is on " + day
                        + ", after today");
            }
            Map<CaseId, AftercarePlace> expected = due(tx, session);
            List<Violation> problems = new ArrayList<>(GroupsImpl.facilitatorProblems(tx, facilitatorRule, session,
                    facilitators, "facilitators"));
            Set<CaseId> seen = new LinkedHashSet<>();
            List<AftercareAttendance> out = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                Groups.RegisterLine line = lines.get(i);
                String p = "lines[" + i + "]";
                if (!seen.add(line.caseId())) {
                    problems.add(new Violation(p + ".caseId", "one-line-per-man", "a man has two lines"));
                    continue;
                }
                AftercarePlace place = expected.get(line.caseId());
                if (place == null) {
                    problems.add(new Violation(p + ".caseId", "due-at-session", "case " + line.caseId()
                            + " is not due at this meeting (no aftercare place in this group that runs on " + day
                            + ")"));
                    continue;
                }
                Duration credited = GroupsImpl.credited(line, session, p, problems);
                if (credited == null) {
                    continue;
                }
                if (credited.isNegative() || credited.compareTo(session.duration()) > 0) {
                    problems.add(new Violation(p + ".credited", "at-most-session-length", "credited time must be "
                            + "between 0 and the meeting's " + session.duration().toMinutes() + " minutes"));
                    continue;
                }
                out.add(new AftercareAttendance(RecordId.random(), user.agency(), line.caseId(), place.id(), day,
                        Optional.of(sessionId), line.status().attended() ? (int) credited.toMinutes() : 0,
                        line.status(), user.id()));
            }
            for (CaseId missing : expected.keySet()) {
                if (!seen.contains(missing)) {
                    problems.add(new Violation("lines", "every-man-listed", "case " + missing
                            + " is due at this meeting but has no line: record absences as lines"));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            for (AftercareAttendance a : out) {
                CaseDocuments.AFTERCARE_ATTENDANCE.insert(tx, a.id(), a.caseId(), user.id(), k.now(), a);
            }
            tx.facilitators().setSessionFacilitators(sessionId, List.copyOf(facilitators));
            tx.groupSessions().update(session.withRegisterTaken(), versioned.version());
            if (m.group().status() == GroupStatus.PLANNED) {
                tx.groups().update(m.group().withStatus(GroupStatus.RUNNING));
            }
            return List.copyOf(out);
        });
    }

    @Override
    public AftercareAttendance recordOneToOne(ActingUser user, RecordId placeId, OneToOneInput in) {
        return k.run(user, ONE_TO_ONE, "placeId", placeId, ch -> ch.valid("session", in).notInFuture("session.on",
                in == null ? null : in.on(), k.today()), tx -> {
                    AftercarePlace place = CaseDocuments.AFTERCARE_PLACES.get(tx, placeId, "aftercare place").value();
                    Case c = tx.cases().get(place.caseId());
                    if (place.mode() != AftercareMode.ONE_TO_ONE) {
                        throw new InvalidInputException("placeId", "one-to-one-place", "aftercare place " + placeId
                                + " is a group place: its attendance is its group's register");
                    }
                    if (!place.runsOn(in.on())) {
                        throw new InvalidInputException("session.on", "place-runs", "aftercare place " + placeId
                                + " runs from " + place.startedOn() + place.endedOn().map(e -> " to " + e)
                                        .orElse(" and has not ended"));
                    }
                    if (c.status() != CaseStatus.AFTERCARE) {
                        throw new InvalidInputException("placeId", "in-aftercare", "case " + c.id() + " is "
                                + c.status() + ", not in aftercare");
                    }
                    AftercareAttendance a = new AftercareAttendance(RecordId.random(), user.agency(), c.id(), placeId,
                            in.on(), Optional.empty(), in.status().attended() ? in.minutes() : 0, in.status(),
                            user.id());
                    CaseDocuments.AFTERCARE_ATTENDANCE.insert(tx, a.id(), c.id(), user.id(), k.now(), a);
                    return a;
                });
    }

    @Override
    public List<AftercareAttendance> attendance(ActingUser user, CaseId caseId) {
        return k.run(user, ATTENDANCE, "caseId", caseId, ch -> { }, tx -> {
            tx.cases().get(caseId);
            return CaseDocuments.AFTERCARE_ATTENDANCE.list(tx, caseId).stream()
                    .sorted(Comparator.comparing(AftercareAttendance::on)).toList();
        });
    }
}
