package org.dvpp.curriculum;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.OneToOneId;
import org.dvpp.domain.SessionId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.group.Attendance;
import org.dvpp.domain.group.AttendanceStatus;
import org.dvpp.domain.group.GroupSession;
import org.dvpp.domain.group.OneToOneKind;
import org.dvpp.domain.group.OneToOneSession;
import org.dvpp.domain.group.SessionStatus;

/** Builds a man's delivered sessions, register lines and one-to-ones for tests. */
final class Registers {
    static final AgencyId AGENCY = AgencyId.random();
    static final GroupId GROUP = GroupId.random();
    static final UserId WORKER = UserId.random();

    /** One register entry: a status, or null for a session whose register was not taken; minutes credited if attended. */
    record Mark(AttendanceStatus status, int minutes) {
    }

    final CaseId man = CaseId.random();
    final List<GroupSession> sessions = new ArrayList<>();
    final List<Attendance> attendance = new ArrayList<>();
    final List<OneToOneSession> oneToOnes = new ArrayList<>();

    /** Delivered 120-minute sessions 1..marks.size(), weekly, with the given marks. */
    static Registers of(List<Mark> marks) {
        Registers r = new Registers();
        for (int i = 0; i < marks.size(); i++) {
            r.session(i + 1, marks.get(i));
        }
        return r;
    }

    Registers session(int curriculumSession, Mark mark) {
        int seq = sessions.size() + 1;
        GroupSession s = new GroupSession(SessionId.random(), AGENCY, GROUP, seq, curriculumSession,
                LocalDate.of(2030, 1, 7).plusWeeks(seq).atTime(18, 0), Duration.ofMinutes(120), SessionStatus.DELIVERED,
                true);
        sessions.add(s);
        if (mark != null && mark.status() != null) {
            attendance.add(new Attendance(AGENCY, s.id(), man, mark.status(),
                    Duration.ofMinutes(mark.status().attended() ? mark.minutes() : 0)));
        }
        return this;
    }

    Registers oneToOne(OneToOneKind kind, AttendanceStatus status, int minutes, Set<Integer> catchUps) {
        oneToOnes.add(new OneToOneSession(OneToOneId.random(), AGENCY, man, LocalDate.of(2030, 1, 8), Duration.ofMinutes(minutes),
                kind, status, catchUps, WORKER));
        return this;
    }

    Progress progress(Curriculum c) {
        return Progress.of(c, man, sessions, attendance, oneToOnes);
    }

    static Mark present() {
        return new Mark(AttendanceStatus.PRESENT, 120);
    }

    static Mark late(int minutes) {
        return new Mark(AttendanceStatus.LATE, minutes);
    }

    static Mark excused() {
        return new Mark(AttendanceStatus.EXCUSED_ABSENCE, 0);
    }

    static Mark unexcused() {
        return new Mark(AttendanceStatus.UNEXCUSED_ABSENCE, 0);
    }

    static Mark noRegister() {
        return new Mark(null, 0);
    }
}
