package org.dvpp.programme.internal;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dvpp.curriculum.Curriculum;
import org.dvpp.curriculum.DisengagementWarning;
import org.dvpp.curriculum.Progress;
import org.dvpp.curriculum.Schedule;
import org.dvpp.curriculum.ScheduleRequest;
import org.dvpp.curriculum.SkippedDate;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.CheckInId;
import org.dvpp.domain.EventId;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.NotFoundException;
import org.dvpp.domain.OneToOneId;
import org.dvpp.domain.SessionId;
import org.dvpp.domain.Violation;
import org.dvpp.domain.casework.Case;
import org.dvpp.domain.casework.CaseCommand;
import org.dvpp.domain.casework.CaseLifecycle;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.domain.casework.Guard;
import org.dvpp.domain.casework.IllegalTransitionException;
import org.dvpp.domain.casework.MotivationCheckIn;
import org.dvpp.domain.group.Allocation;
import org.dvpp.domain.group.AllocationStatus;
import org.dvpp.domain.group.Attendance;
import org.dvpp.domain.group.AttendanceStatus;
import org.dvpp.domain.group.Group;
import org.dvpp.domain.group.GroupSession;
import org.dvpp.domain.group.GroupStatus;
import org.dvpp.domain.group.GroupType;
import org.dvpp.domain.group.OneToOneSession;
import org.dvpp.domain.group.SessionStatus;
import org.dvpp.domain.group.WaitingListEntry;
import org.dvpp.programme.ActingUser;
import org.dvpp.programme.Groups;
import org.dvpp.programme.Permission;
import org.dvpp.storage.spi.AuditAction;
import org.dvpp.storage.spi.AllocationRepository;
import org.dvpp.storage.spi.Transaction;

/** Groups, places, registers and one-to-ones. */
final class GroupsImpl implements Groups {
    private static final String GROUP = "group";
    private final Kernel k;
    private final CurriculumSupport curricula;

    /**
     * @param kernel shared services
     * @param curricula the curricula in force
     */
    private final org.dvpp.programme.FacilitatorRule facilitatorRule;

    @Inject
    GroupsImpl(Kernel kernel, CurriculumSupport curricula, Settings settings) {
        this.k = kernel;
        this.curricula = curricula;
        this.facilitatorRule = settings.facilitatorRule();
    }

    private static final Kernel.Op CREATE = Kernel.Op.write("groups.create", Permission.MANAGE_GROUPS,
            AuditAction.CREATE, GROUP);
    private static final Kernel.Op ALLOCATE = Kernel.Op.write("groups.allocate", Permission.MANAGE_GROUPS,
            AuditAction.UPDATE, "case");
    private static final Kernel.Op WAITING = Kernel.Op.read("groups.waitingList", Permission.VIEW_GROUPS, GROUP);
    private static final Kernel.Op SESSIONS = Kernel.Op.read("groups.sessions", Permission.VIEW_GROUPS, GROUP);
    private static final Kernel.Op VISIBLE = Kernel.Op.read("groups.visible", Permission.VIEW_GROUPS, GROUP);
    private static final Kernel.Op DUE = Kernel.Op.read("groups.due", Permission.VIEW_GROUPS, "group-session");
    private static final Kernel.Op DUE_AT = Kernel.Op.read("groups.dueAt", Permission.VIEW_GROUPS, "group-session");
    private static final Kernel.Op MEMBERS = Kernel.Op.read("groups.members", Permission.VIEW_GROUPS, GROUP);
    private static final Kernel.Op REGISTER = Kernel.Op.write("groups.takeRegister", Permission.DELIVER_SESSIONS,
            AuditAction.CREATE, "group-session");
    private static final Kernel.Op ONE_TO_ONE = Kernel.Op.write("groups.recordOneToOne", Permission.DELIVER_SESSIONS,
            AuditAction.CREATE, "case");
    private static final Kernel.Op CHECK_IN = Kernel.Op.write("groups.recordCheckIn", Permission.DELIVER_SESSIONS,
            AuditAction.CREATE, "case");

    @Override
    public GroupPlan create(ActingUser user, NewGroup in) {
        return k.run(user, CREATE, c -> c.valid("group", in), tx -> plan(user, in, tx));
    }

    private GroupPlan plan(ActingUser user, NewGroup in, org.dvpp.storage.spi.Transaction tx) {
        Curriculum curriculum = curricula.catalogue().find(in.curriculumId()).orElseThrow(() ->
                new InvalidInputException("group.curriculumId", "known-curriculum", "no curriculum '"
                        + in.curriculumId() + "'; known: " + curricula.catalogue().list().stream()
                        .map(Curriculum::id).toList()));
        if (curriculum.groupType() != in.type()) {
            throw new InvalidInputException("group.type", "matches-curriculum", "curriculum " + curriculum.id()
                    + " is for " + curriculum.groupType() + " groups");
        }
        Group group = new Group(GroupId.random(), user.agency(), in.name(), in.curriculumId(), in.type(),
                in.capacity(), in.facilitators(), in.pattern(), in.startDate(), in.areaCode(), GroupStatus.PLANNED, 0);
        ScheduleRequest request = new ScheduleRequest(in.startDate(), in.pattern().weekday(),
                in.pattern().startTime());
        Schedule schedule = in.type() == GroupType.CLOSED
                ? Schedule.closed(curriculum, request, curricula.calendar())
                : Schedule.rolling(curriculum, request, curricula.calendar(), 2 * curriculum.sessionCount());
        if (!schedule.sessions().get(0).start().toLocalDate().equals(in.startDate())) {
            throw new InvalidInputException("group.startDate", "not-a-holiday", "the first session's date "
                    + in.startDate() + " is a holiday in calendar '" + curricula.calendar().id() + "'");
        }
        List<GroupSession> sessions = schedule.toGroupSessions(user.agency(), group.id());
        tx.groups().insert(group);
        sessions.forEach(tx.groupSessions()::insert);
        return new GroupPlan(group, sessions, schedule.skipped().stream().map(SkippedDate::date).toList());
    }

    @Override
    public Placement allocate(ActingUser user, GroupId groupId, CaseId caseId) {
        return k.run(user, ALLOCATE, "caseId", caseId, c -> c.required("groupId", groupId), tx -> {
            Case c = tx.cases().get(caseId);
            Set<Guard> failing = CaseLifecycle.failingStartGuards(c);
            if (!failing.isEmpty()) {
                // name the most useful guard: a missing fact before "not awaiting a group"
                Guard first = failing.stream().filter(x -> x != Guard.TRANSITION_ALLOWED).findFirst()
                        .orElse(Guard.TRANSITION_ALLOWED);
                throw new IllegalTransitionException(c.id(), c.status(), "start-programme (failing: " + failing + ")",
                        first);
            }
            Group g = tx.groups().find(groupId).orElseThrow(() -> new NotFoundException("group", groupId));
            if (g.status() != GroupStatus.PLANNED && g.status() != GroupStatus.RUNNING) {
                throw new InvalidInputException("groupId", "open-group", "group " + groupId + " is " + g.status());
            }
            if (curricula.catalogue().get(g.curriculumId()).isAftercare()) {
                throw new InvalidInputException("groupId", "not-aftercare-group", "group " + groupId
                        + " is an aftercare group: men who have completed get a place in it with aftercare().offer");
            }
            int entry = entrySession(tx, g);
            Allocation a = new Allocation(user.agency(), groupId, caseId, k.today(), entry, AllocationStatus.ACTIVE);
            List<GroupSession> pass = CurriculumSupport.pass(tx.groupSessions().listForGroup(groupId), a,
                    curricula.catalogue().get(g.curriculumId()), Set.of());
            AllocationRepository.Outcome outcome = tx.allocations().allocate(a);
            switch (outcome) {
                case ALLOCATED -> {
                    // he has a place: off this group's waiting list and any other he was on
                    CasesImpl.leaveWaitingLists(tx, caseId);
                    k.handle(tx, user, caseId, new CaseCommand.StartProgramme(groupId));
                    return new Placement(Placement.Outcome.PLACED, 0, entry,
                            Optional.of(pass.get(0).scheduledStart().toLocalDate()));
                }
                case GROUP_FULL -> {
                    List<WaitingListEntry> list = tx.allocations().waitingList(groupId);
                    int at = indexOf(list, caseId);
                    if (at < 0) {
                        tx.allocations().addToWaitingList(new WaitingListEntry(user.agency(), groupId, caseId,
                                k.now()));
                        at = indexOf(tx.allocations().waitingList(groupId), caseId);
                    }
                    return new Placement(Placement.Outcome.WAITING, at + 1, 0, Optional.empty());
                }
                default -> throw new InvalidInputException("caseId", "not-yet-allocated",
                        "case " + caseId + " already has a place in group " + groupId);
            }
        });
    }

    private static int indexOf(List<WaitingListEntry> list, CaseId caseId) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).caseId().equals(caseId)) {
                return i;
            }
        }
        return -1;
    }

    /** Closed groups take men only before they start; rolling groups at the next module start. */
    private int entrySession(Transaction tx, Group g) {
        List<GroupSession> sessions = tx.groupSessions().listForGroup(g.id());
        if (g.type() == GroupType.CLOSED) {
            boolean started = sessions.stream().anyMatch(s -> s.status() == SessionStatus.DELIVERED);
            if (started) {
                throw new InvalidInputException("groupId", "closed-group-not-started",
                        "group " + g.id() + " is a closed cohort that has already started");
            }
            return 1;
        }
        Curriculum curriculum = curricula.catalogue().get(g.curriculumId());
        List<Integer> entryPoints = curriculum.entryPoints();
        // the next module start still ahead whose whole pass the schedule holds
        for (GroupSession s : sessions.stream().sorted(java.util.Comparator.comparingInt(GroupSession::sequence))
                .toList()) {
            if (s.status() != SessionStatus.SCHEDULED || s.scheduledStart().toLocalDate().isBefore(k.today())
                    || !entryPoints.contains(s.curriculumSession())) {
                continue;
            }
            Allocation probe = new Allocation(g.agency(), g.id(), new CaseId(new java.util.UUID(0, 1)),
                    s.scheduledStart().toLocalDate(), s.curriculumSession(), AllocationStatus.ACTIVE);
            if (CurriculumSupport.complete(CurriculumSupport.pass(sessions, probe, curriculum, Set.of()), curriculum)) {
                return s.curriculumSession();
            }
            break;
        }
        throw new InvalidInputException("groupId", "entry-point-ahead", "group " + g.id()
                + " has no module start left whose full pass of " + curriculum.sessionCount()
                + " sessions its schedule holds");
    }

    @Override
    public List<WaitingListEntry> waitingList(ActingUser user, GroupId groupId) {
        return k.run(user, WAITING, "groupId", groupId, c -> { }, tx -> {
            k.requireRunsGroup(user, WAITING, tx.groups().get(groupId));
            return tx.allocations().waitingList(groupId);
        });
    }

    @Override
    public List<GroupSession> sessions(ActingUser user, GroupId groupId) {
        return k.run(user, SESSIONS, "groupId", groupId, c -> { }, tx -> {
            k.requireRunsGroup(user, SESSIONS, tx.groups().get(groupId));
            return tx.groupSessions().listForGroup(groupId);
        });
    }

    @Override
    public List<Group> visible(ActingUser user) {
        return k.run(user, VISIBLE, c -> { }, tx -> tx.groups().list().stream()
                .filter(g -> k.reachesGroup(user, VISIBLE, g))
                .sorted(java.util.Comparator.comparing(Group::startDate).thenComparing(Group::name))
                .toList());
    }

    @Override
    public List<DueMan> due(ActingUser user, SessionId sessionId) {
        return k.run(user, DUE, "sessionId", sessionId, c -> { }, tx -> {
            GroupSession session = tx.groupSessions().find(sessionId)
                    .orElseThrow(() -> new NotFoundException("group session", sessionId));
            k.requireRunsGroup(user, DUE, tx.groups().get(session.group()));
            Map<CaseId, Attendance> register = new HashMap<>();
            for (Attendance a : tx.groupSessions().register(sessionId)) {
                register.put(a.caseId(), a);
            }
            // the men on its register once taken, and those its register must list (one rule with takeRegister)
            Set<CaseId> men = new java.util.LinkedHashSet<>(register.keySet());
            men.addAll(due(tx, session));
            List<DueMan> due = new ArrayList<>();
            for (CaseId caseId : men) {
                java.util.Optional<Case> found = tx.cases().find(caseId);
                if (found.isEmpty()) {
                    continue; // a man restricted or erased since that register was taken is not listed
                }
                Case c = found.get();
                String reference = tx.participants().find(c.participant())
                        .orElseThrow(() -> new NotFoundException("participant", c.participant())).reference();
                due.add(new DueMan(caseId, reference, java.util.Optional.ofNullable(register.get(caseId))));
            }
            due.sort(java.util.Comparator.comparing(DueMan::reference));
            return List.copyOf(due);
        });
    }

    @Override
    public List<Attendance> takeRegister(ActingUser user, SessionId sessionId, List<RegisterLine> lines) {
        return register(user, sessionId, false, null, lines);
    }

    @Override
    public List<Attendance> takeRegister(ActingUser user, SessionId sessionId, List<org.dvpp.domain.UserId> facilitators,
            List<RegisterLine> lines) {
        return register(user, sessionId, true, facilitators, lines);
    }

    /** Checks the session's facilitators against the agency's rule; the violations name the field and the rule. */
    private List<Violation> facilitatorProblems(Transaction tx, GroupSession session, List<org.dvpp.domain.UserId> who,
            String field) {
        return facilitatorProblems(tx, facilitatorRule, session, who, field);
    }

    /** Checks a session's facilitators against a rule (programme and aftercare registers alike). */
    static List<Violation> facilitatorProblems(Transaction tx, org.dvpp.programme.FacilitatorRule facilitatorRule,
            GroupSession session, List<org.dvpp.domain.UserId> who, String field) {
        List<Violation> out = new ArrayList<>();
        if (who.stream().distinct().count() != who.size()) {
            out.add(new Violation(field, "unique", "a facilitator is named twice"));
            return out;
        }
        if (who.size() < facilitatorRule.minimum() || who.size() > 4) {
            out.add(new Violation(field, "facilitator-count", "a session needs at least " + facilitatorRule.minimum()
                    + (facilitatorRule.qualified() ? " qualified" : "") + " facilitators (and at most 4); "
                    + who.size() + " named"));
        }
        LocalDate day = session.scheduledStart().toLocalDate();
        for (int i = 0; i < who.size(); i++) {
            var f = tx.facilitators().find(who.get(i));
            if (f.isEmpty()) {
                out.add(new Violation(field + "[" + i + "]", "facilitator-record", "user " + who.get(i)
                        + " has no facilitator record"));
            } else if (facilitatorRule.qualified() && !f.get().qualifiedOn(day)) {
                out.add(new Violation(field + "[" + i + "]", "qualified-facilitator", "facilitator " + who.get(i)
                        + " had not completed the facilitator training by " + day));
            }
        }
        return out;
    }

    private List<Attendance> register(ActingUser user, SessionId sessionId, boolean explicit,
            @org.jspecify.annotations.Nullable List<org.dvpp.domain.UserId> named, List<RegisterLine> lines) {
        return k.run(user, REGISTER, "sessionId", sessionId, c -> {
            c.valid("lines", lines);
            if (explicit) {
                c.required("facilitators", named);
                if (named != null) {
                    c.check(() -> org.dvpp.domain.Checks.list(named, "facilitators"));
                }
            }
        }, tx -> {
            var versioned = tx.groupSessions().findVersioned(sessionId)
                    .orElseThrow(() -> new NotFoundException("group session", sessionId));
            GroupSession session = versioned.value();
            Group ownGroup = tx.groups().get(session.group());
            k.requireRunsGroup(user, REGISTER, ownGroup);
            List<org.dvpp.domain.UserId> facilitators = explicit ? List.copyOf(named) : ownGroup.facilitators();
            String facilitatorField = explicit ? "facilitators" : "group.facilitators";
            if (session.status() == SessionStatus.CANCELLED) {
                throw new InvalidInputException("sessionId", "not-cancelled", "session " + sessionId + " was cancelled");
            }
            if (curricula.catalogue().get(ownGroup.curriculumId()).isAftercare()) {
                throw new InvalidInputException("sessionId", "not-aftercare-group", "session " + sessionId
                        + " is an aftercare group's meeting: take its register with aftercare().takeRegister");
            }
            if (session.registerTaken()) {
                throw new InvalidInputException("sessionId", "register-not-taken",
                        "the register of session " + sessionId + " has already been taken");
            }
            if (session.scheduledStart().toLocalDate().isAfter(k.today())) {
                throw new InvalidInputException("sessionId", "not-in-future",
                        "session " + sessionId + " is on " + session.scheduledStart().toLocalDate()
                                + ", after today");
            }
            Set<CaseId> expected = new HashSet<>(due(tx, session));
            List<Violation> problems = new ArrayList<>(facilitatorProblems(tx, session, facilitators,
                    facilitatorField));
            Map<CaseId, Integer> seen = new HashMap<>();
            List<Attendance> register = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                RegisterLine line = lines.get(i);
                String p = "lines[" + i + "]";
                if (seen.putIfAbsent(line.caseId(), i) != null) {
                    problems.add(new Violation(p + ".caseId", "one-line-per-man", "a man has two lines"));
                    continue;
                }
                if (!expected.contains(line.caseId())) {
                    problems.add(new Violation(p + ".caseId", "due-at-session", "case " + line.caseId()
                            + " is not due at this session (no place in this group, or it is outside his pass)"));
                    continue;
                }
                Duration credited = credited(line, session, p, problems);
                if (credited == null) {
                    continue;
                }
                try {
                    Attendance a = new Attendance(user.agency(), sessionId, line.caseId(), line.status(), credited);
                    a.requireWithin(session.duration());
                    register.add(a);
                } catch (InvalidInputException e) {
                    e.violations().forEach(v -> problems.add(new Violation(p + "." + v.path(), v.rule(),
                            v.message())));
                }
            }
            for (CaseId missing : expected) {
                if (!seen.containsKey(missing)) {
                    problems.add(new Violation("lines", "every-man-listed", "case " + missing
                            + " is due at this session but has no line: record absences as lines"));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            register.forEach(tx.groupSessions()::recordAttendance);
            tx.facilitators().setSessionFacilitators(sessionId, facilitators);
            tx.groupSessions().update(session.withRegisterTaken(), versioned.version());
            Group group = tx.groups().get(session.group());
            if (group.status() == GroupStatus.PLANNED) {
                tx.groups().update(group.withStatus(GroupStatus.RUNNING));
            }
            for (Attendance a : register) {
                if (a.status() == AttendanceStatus.UNEXCUSED_ABSENCE) {
                    warnIfDisengaging(tx, a.caseId());
                }
            }
            return List.copyOf(register);
        });
    }

    /** The men due at a session: an active place whose own pass holds it, in the order they joined. */
    private List<CaseId> due(Transaction tx, GroupSession session) {
        Group g = tx.groups().get(session.group());
        Curriculum curriculum = curricula.catalogue().get(g.curriculumId());
        List<GroupSession> all = tx.groupSessions().listForGroup(g.id());
        // the fathering component's meetings are for the men who are parents only
        boolean fathering = curriculum.fatheringSessions().contains(session.curriculumSession());
        List<CaseId> out = new ArrayList<>();
        tx.allocations().activeInGroup(g.id()).stream()
                .sorted(java.util.Comparator.comparing(Allocation::allocatedOn))
                .forEach(a -> {
                    if (CurriculumSupport.pass(all, a, curriculum, Set.of()).stream()
                            .anyMatch(s -> s.id().equals(session.id()))
                            && (!fathering || CurriculumSupport.isParent(tx, a.caseId()))) {
                        out.add(a.caseId());
                    }
                });
        return out;
    }

    @Override
    public List<CaseId> dueAt(ActingUser user, SessionId sessionId) {
        return k.run(user, DUE_AT, "sessionId", sessionId, c -> { }, tx -> {
            GroupSession session = tx.groupSessions().find(sessionId)
                    .orElseThrow(() -> new NotFoundException("group session", sessionId));
            k.requireRunsGroup(user, DUE_AT, tx.groups().get(session.group()));
            return due(tx, session);
        });
    }

    @Override
    public List<Member> members(ActingUser user, GroupId groupId) {
        return k.run(user, MEMBERS, "groupId", groupId, c -> { }, tx -> {
            Group g = tx.groups().get(groupId);
            k.requireRunsGroup(user, MEMBERS, g);
            Curriculum curriculum = curricula.catalogue().get(g.curriculumId());
            List<GroupSession> all = tx.groupSessions().listForGroup(groupId);
            List<Member> out = new ArrayList<>();
            for (Allocation a : tx.allocations().allInGroup(groupId)) {
                if (tx.cases().find(a.caseId()).isEmpty()) {
                    // a restricted or erased man who has left the group: hidden here as from every other list
                    continue;
                }
                Set<SessionId> lines = new HashSet<>();
                tx.groupSessions().attendanceForCase(a.caseId()).forEach(l -> lines.add(l.session()));
                List<GroupSession> pass = CurriculumSupport.dueOnly(CurriculumSupport.pass(all, a, curriculum, lines),
                        curriculum, !curriculum.fatheringSessions().isEmpty()
                                && CurriculumSupport.isParent(tx, a.caseId()));
                if (pass.isEmpty()) {
                    continue;
                }
                int delivered = (int) pass.stream().filter(s -> s.status() == SessionStatus.DELIVERED).count();
                out.add(new Member(a.caseId(), a.status(), a.allocatedOn(), a.entrySession(),
                        pass.get(0).scheduledStart().toLocalDate(),
                        pass.get(pass.size() - 1).scheduledStart().toLocalDate(), delivered, pass.size()));
            }
            out.sort(java.util.Comparator.comparing(Member::joinedOn).thenComparing(m -> m.caseId().value()));
            return List.copyOf(out);
        });
    }

    static Duration credited(RegisterLine line, GroupSession session, String p, List<Violation> problems) {
        if (line.credited().isPresent()) {
            return line.credited().get();
        }
        return switch (line.status()) {
            case PRESENT -> session.duration();
            case LATE -> {
                problems.add(new Violation(p + ".credited", "required-when-late",
                        "say how much time to credit a man who arrived late"));
                yield null;
            }
            default -> Duration.ZERO;
        };
    }

    private void warnIfDisengaging(Transaction tx, CaseId caseId) {
        Case c = tx.cases().get(caseId);
        if (c.status() != CaseStatus.IN_PROGRAMME) {
            return;
        }
        CurriculumSupport.Standing standing = curricula.standingOf(tx, c).orElse(null);
        if (standing == null) {
            return;
        }
        Progress progress = standing.progress();
        var rule = standing.curriculum().completion();
        if (progress.consecutiveUnexcused() == rule.warnAfterConsecutiveUnexcused()) {
            k.publish(tx, new DisengagementWarning(EventId.random(), c.agency(), caseId,
                    DisengagementWarning.Reason.CONSECUTIVE_UNEXCUSED_ABSENCES, progress.consecutiveUnexcused(),
                    rule.warnAfterConsecutiveUnexcused(), k.now()));
        }
        if (progress.unexcusedAbsences() == rule.maxUnexcusedAbsences() + 1) {
            k.publish(tx, new DisengagementWarning(EventId.random(), c.agency(), caseId,
                    DisengagementWarning.Reason.EXCLUSION_REVIEW_DUE, progress.unexcusedAbsences(),
                    rule.maxUnexcusedAbsences(), k.now()));
        }
    }

    @Override
    public void recordOneToOne(ActingUser user, CaseId caseId, OneToOneInput in) {
        k.run(user, ONE_TO_ONE, "caseId", caseId, c -> c.valid("session", in)
                .notInFuture("session.date", in == null ? null : in.date(), k.today()), tx -> {
            Case c = tx.cases().get(caseId);
            if (in.kind() == org.dvpp.domain.group.OneToOneKind.AFTERCARE) {
                // aftercare is kept apart from the programme's one-to-ones, which the reports count
                throw new InvalidInputException("session.kind", "aftercare-one-to-one", "an aftercare one-to-one is "
                        + "recorded on his aftercare place with aftercare().recordOneToOne");
            }
            if (!in.catchUpSessions().isEmpty()) {
                // a catch-up makes up sessions his curriculum has, and only those
                var onPathway = CurriculumSupport.oneToOnePlaceOf(tx, c)
                        .map(p -> curricula.catalogue().get(p.curriculumId()).sessionCount());
                int sessions = onPathway.isPresent() ? onPathway.get() : CurriculumSupport.allocationOf(tx, c)
                        .map(a -> tx.groups().get(a.group()))
                        .map(g -> curricula.catalogue().get(g.curriculumId()).sessionCount()).orElseThrow(() ->
                                new InvalidInputException("session.catchUpSessions", "has-a-place",
                                        "a catch-up needs a group place or a one-to-one pathway whose curriculum it"
                                                + " makes up"));
                for (int n : in.catchUpSessions()) {
                    if (n < 1 || n > sessions) {
                        throw new InvalidInputException("session.catchUpSessions", org.dvpp.domain.RuleCodes.RANGE,
                                "catch-up session " + n + " is not a session of his curriculum (1 to " + sessions + ")");
                    }
                }
            }
            OneToOneSession s = new OneToOneSession(OneToOneId.random(), user.agency(), caseId, in.date(),
                    in.duration(), in.kind(), in.status(), in.catchUpSessions(), user.id());
            tx.oneToOnes().insert(s);
            return null;
        });
    }

    @Override
    public CheckInId recordCheckIn(ActingUser user, CaseId caseId, LocalDate on, int importance, int confidence,
            int readiness) {
        return k.run(user, CHECK_IN, "caseId", caseId, c -> c.notInFuture("on", on, k.today())
                .range("importance", importance, 0, 10).range("confidence", confidence, 0, 10)
                .range("readiness", readiness, 0, 10), tx -> {
            tx.cases().get(caseId);
            MotivationCheckIn m = new MotivationCheckIn(CheckInId.random(), user.agency(), caseId, on, importance,
                    confidence, readiness, user.id());
            tx.motivationCheckIns().insert(m);
            return m.id();
        });
    }
}
