package org.dvpp.storage.tck;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.OneToOneId;
import org.dvpp.domain.PersonAtRiskId;
import org.dvpp.domain.RiskEventId;
import org.dvpp.domain.SessionId;
import org.dvpp.domain.SharingEntryId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.casework.Case;
import org.dvpp.domain.casework.CaseCommand;
import org.dvpp.domain.casework.CaseLifecycle;
import org.dvpp.domain.group.Allocation;
import org.dvpp.domain.group.AllocationStatus;
import org.dvpp.domain.group.AttendanceStatus;
import org.dvpp.domain.group.Group;
import org.dvpp.domain.group.GroupSession;
import org.dvpp.domain.group.OneToOneKind;
import org.dvpp.domain.group.OneToOneSession;
import org.dvpp.domain.group.SessionStatus;
import org.dvpp.domain.participant.Participant;
import org.dvpp.domain.participant.Referral;
import org.dvpp.domain.participant.ReferralSource;
import org.dvpp.domain.safety.ContactDetails;
import org.dvpp.domain.safety.InformationSharingEntry;
import org.dvpp.domain.safety.LawfulBasis;
import org.dvpp.domain.safety.MaracCriterion;
import org.dvpp.domain.safety.PartnerSupportStatus;
import org.dvpp.domain.safety.PersonAtRisk;
import org.dvpp.domain.safety.Relationship;
import org.dvpp.domain.safety.RiskEvent;
import org.dvpp.domain.safety.RiskEventKind;
import org.dvpp.domain.safety.RiskLevel;
import org.dvpp.domain.safety.SharingRecipient;
import org.dvpp.storage.spi.Transaction;

/**
 * A random caseload from a seed, written through the repositories: men with one to three referrals (each re-referral
 * after the last episode closed, often from another area), each episode driven through the lifecycle with dated
 * transitions, and attendance, one-to-ones, risk events, information sharing and partner records dated inside the
 * episode they belong to.
 */
final class Caseload {
    static final String[] AREAS = {"north", "south", "east"};
    private static final ReferralSource[] SOURCES = {ReferralSource.PROBATION, ReferralSource.COURT,
        ReferralSource.SELF, ReferralSource.CHILDRENS_SOCIAL_CARE};
    /** outcomes that end an episode, so that another referral can follow */
    private static final int[] ENDINGS = {2, 4, 6, 8, 9, 10, 11};

    final List<Participant> men = new ArrayList<>();
    final List<Group> groups = new ArrayList<>();
    private final Fixtures f;
    private final Random random;
    /** a stream of its own for assessments and one-to-one places, so the rest of a seed's caseload stays as it was */
    private final Random extra;
    /** instruments the caseload's assessments use, with versions (the second is rarer) */
    static final String[] INSTRUMENTS = {"phq-9", "audit", "top"};

    private Caseload(Fixtures f, long seed) {
        this.f = f;
        this.random = new Random(seed);
        this.extra = new Random(seed * 31 + 7);
    }

    /**
     * @param f fixtures of a fresh agency
     * @param seed the seed
     * @param size how many men
     * @param writer runs a unit of work in the agency
     * @return the caseload, written
     */
    static Caseload write(Fixtures f, long seed, int size,
            java.util.function.Function<java.util.function.Function<Transaction, Object>, Object> writer) {
        Caseload c = new Caseload(f, seed);
        c.build(size, writer);
        return c;
    }

    private Instant at(LocalDate day, int hour) {
        return day.atTime(hour, random.nextInt(60)).toInstant(ZoneOffset.UTC);
    }

    private <T extends Enum<T>> T any(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private void build(int size, java.util.function.Function<java.util.function.Function<Transaction, Object>, Object> w) {
        String[] curricula = {"caring-dads-12", "men-and-masculinities-26", "caring-dads-12"};
        List<GroupSession> sessions = new ArrayList<>();
        for (int i = 0; i < curricula.length; i++) {
            Group base = f.group(Group.MAX_CAPACITY, AREAS[i]);
            Group g = new Group(base.id(), base.agency(), "Group " + (char) ('A' + i), curricula[i], base.type(),
                    base.capacity(), base.facilitators(), base.pattern(), base.startDate().plusWeeks(i), base.areaCode(),
                    base.status(), 0);
            groups.add(g);
            for (int s = 1; s <= 100; s++) {
                sessions.add(new GroupSession(SessionId.random(), f.agencyId(), g.id(), s, (s - 1) % 12 + 1,
                        g.startDate().plusWeeks(s - 1L).atTime(18, 0), Duration.ofHours(2), SessionStatus.DELIVERED,
                        true));
            }
        }
        w.apply(tx -> {
            groups.forEach(tx.groups()::insert);
            sessions.forEach(tx.groupSessions()::insert);
            return null;
        });
        for (int i = 0; i < size; i++) {
            man(sessions, w);
        }
    }

    private void man(List<GroupSession> sessions,
            java.util.function.Function<java.util.function.Function<Transaction, Object>, Object> w) {
        int episodes = 1 + (random.nextInt(10) < 4 ? 1 + random.nextInt(2) : 0);
        String area = AREAS[random.nextInt(AREAS.length)];
        Participant first = f.participant(area);
        men.add(first);
        LocalDate received = Fixtures.BASE.plusDays(random.nextInt(150));
        Case c = null;
        List<Group> unused = new ArrayList<>(groups);
        List<Object> rows = new ArrayList<>();
        Case saved = null;
        for (int e = 1; e <= episodes; e++) {
            if (e > 1 && random.nextInt(3) > 0) {
                area = AREAS[random.nextInt(AREAS.length)];
            }
            Referral r = f.referral(first.id(), any(SOURCES), received, area);
            int outcome = e < episodes ? ENDINGS[random.nextInt(ENDINGS.length)] : random.nextInt(13);
            Group g = unused.remove(random.nextInt(unused.size()));
            int startAfter = random.nextInt(40);
            c = e == 1 ? Case.open(CaseId.random(), f.agencyId(), first.id(), r.id())
                    : apply(c, new CaseCommand.ReRefer(r.id()), at(received, 9));
            c = drive(c, g, outcome, received, startAfter);
            if (e < episodes) {
                c = apply(c, new CaseCommand.Close(f.reason(), f.supervisor()), at(received.plusDays(105), 9));
            }
            if (c.hasStarted() && c.episode() == e) {
                LocalDate start = received.plusDays(startAfter);
                rows.add(new Allocation(f.agencyId(), g.id(), c.id(), start, 1, AllocationStatus.ACTIVE));
                if (e < episodes) {
                    rows.add(new Ended(g.id(), c.id()));
                }
                for (GroupSession s : sessions) {
                    LocalDate day = s.scheduledStart().toLocalDate();
                    if (s.group().equals(g.id()) && !day.isBefore(start) && day.isBefore(received.plusDays(100))
                            && random.nextInt(5) > 0) {
                        rows.add(f.attendance(s.id(), c.id(), any(AttendanceStatus.values())));
                    }
                }
            }
            for (int k = random.nextInt(4); k > 0; k--) {
                rows.add(new OneToOneSession(OneToOneId.random(), f.agencyId(), c.id(),
                        received.plusDays(random.nextInt(100)), Duration.ofMinutes(30 + 30L * random.nextInt(3)),
                        OneToOneKind.CATCH_UP, any(AttendanceStatus.values()), Set.of(), f.worker()));
            }
            for (int k = random.nextInt(3); k > 0; k--) {
                rows.add(new RiskEvent(RiskEventId.random(), f.agencyId(), c.id(), RiskEventKind.DISCLOSURE,
                        at(received.plusDays(random.nextInt(100)), 12), any(RiskLevel.values()),
                        any(RiskLevel.values()), Set.of(MaracCriterion.REPEAT), f.reason(), f.worker()));
            }
            if (random.nextBoolean()) {
                rows.add(new InformationSharingEntry(SharingEntryId.random(), f.agencyId(), c.id(),
                        received.plusDays(random.nextInt(100)), random.nextBoolean() ? SharingRecipient.MARAC
                                : SharingRecipient.POLICE, "Panel", f.reason(), f.reason(), LawfulBasis.SAFEGUARDING,
                        f.worker()));
            }
            if (extra.nextInt(4) == 0) {
                rows.add(new org.dvpp.domain.group.OneToOnePlace(f.agencyId(), c.id(), "integrated-12",
                        received.plusDays(extra.nextInt(100)), AllocationStatus.ACTIVE));
            }
            assessments(rows, c.id(), received);
            if (e == episodes) {
                for (int k = random.nextInt(3); k > 0; k--) {
                    rows.add(new PersonAtRisk(PersonAtRiskId.random(), f.agencyId(), first.id(),
                            any(Relationship.values()), new ContactDetails(f.reason(), Optional.empty(), f.reason(),
                                    f.reason(), f.reason()), false, any(PartnerSupportStatus.values()), 0));
                }
            }
            saved = save(w, first, r, c, saved, area, e == 1, rows);
            rows.clear();
            received = received.plusDays(110 + random.nextInt(60));
        }
    }

    /**
     * Random assessments dated inside the episode: each instrument taken 0 to 4 times at intake, mid-point or end, some
     * on the same day, a few by a facilitator, with another version or voided.
     */
    private void assessments(List<Object> rows, CaseId caseId, LocalDate received) {
        org.dvpp.domain.casework.TimePoint[] points = {org.dvpp.domain.casework.TimePoint.INTAKE,
            org.dvpp.domain.casework.TimePoint.END, org.dvpp.domain.casework.TimePoint.MID_POINT};
        for (String instrument : INSTRUMENTS) {
            for (int k = extra.nextInt(5); k > 0; k--) {
                boolean top = instrument.equals("top");
                java.util.Optional<java.math.BigDecimal> total = top ? java.util.Optional.empty()
                        : java.util.Optional.of(java.math.BigDecimal.valueOf(extra.nextInt(270_000), 4));
                java.util.Map<String, String> answers = top
                        ? java.util.Map.of("QOL", Integer.toString(extra.nextInt(21)), "ALC_W1",
                                Integer.toString(extra.nextInt(8)))
                        : java.util.Map.of("1", Integer.toString(extra.nextInt(4)));
                rows.add(new org.dvpp.domain.casework.AssessmentRecord(org.dvpp.domain.AssessmentId.random(),
                        f.agencyId(), caseId, instrument, extra.nextInt(6) == 0 ? "2.0.0" : "1.0.0",
                        points[extra.nextInt(points.length)], received.plusDays(extra.nextInt(12) * 8L), answers,
                        total, java.util.Optional.empty(), f.worker(), extra.nextInt(8) == 0
                                ? org.dvpp.domain.casework.Informant.FACILITATOR
                                : org.dvpp.domain.casework.Informant.PARTICIPANT));
                if (extra.nextInt(10) == 0) {
                    rows.add(new Voided(((org.dvpp.domain.casework.AssessmentRecord) rows.get(rows.size() - 1)).id()));
                }
            }
        }
    }

    /** An assessment voided after it was written. */
    private record Voided(org.dvpp.domain.AssessmentId id) {
    }

    /** Writes one episode as the front door would: the referral, the case as it stands, and what happened. */
    private Case save(java.util.function.Function<java.util.function.Function<Transaction, Object>, Object> w,
            Participant man, Referral r, Case c, Case saved, String area, boolean first, List<Object> rows) {
        List<Object> copy = List.copyOf(rows);
        return (Case) w.apply(tx -> {
            Case out;
            if (first) {
                tx.participants().insert(man);
                tx.referrals().insert(r);
                tx.cases().insert(c);
                out = c;
            } else {
                // the man's record follows him when he moves; each referral keeps the area it was made in
                var stored = tx.participants().findVersioned(man.id()).orElseThrow();
                if (!stored.value().areaOfResidence().equals(area)) {
                    tx.participants().update(new Participant(man.id(), man.agency(), man.reference(),
                            man.dateOfBirth(), area), stored.version());
                }
                tx.referrals().insert(r);
                out = tx.cases().update(new Case(c.id(), c.agency(), c.participant(), c.referral(), c.episode(),
                        c.status(), c.suspendedFrom(), c.eligibility(), c.suitability(), c.consent(),
                        c.partnerContact(), c.group(), c.history(), saved.version()));
            }
            for (Object o : copy) {
                if (o instanceof Allocation a) {
                    tx.allocations().allocate(a);
                } else if (o instanceof Ended e) {
                    tx.allocations().end(e.group(), e.caseId());
                } else if (o instanceof org.dvpp.domain.group.Attendance a) {
                    tx.groupSessions().recordAttendance(a);
                } else if (o instanceof OneToOneSession s) {
                    tx.oneToOnes().insert(s);
                } else if (o instanceof RiskEvent ev) {
                    tx.riskEvents().insert(ev);
                } else if (o instanceof InformationSharingEntry s) {
                    tx.informationSharing().insert(s);
                } else if (o instanceof PersonAtRisk p) {
                    tx.peopleAtRisk().insert(p);
                } else if (o instanceof org.dvpp.domain.group.OneToOnePlace p) {
                    tx.oneToOnePlaces().insert(p);
                } else if (o instanceof org.dvpp.domain.casework.AssessmentRecord a) {
                    tx.assessments().insert(a);
                } else if (o instanceof Voided v) {
                    tx.voids().voidAssessment(v.id());
                }
            }
            return out;
        });
    }

    /** An allocation ended when its episode closed. */
    private record Ended(org.dvpp.domain.GroupId group, CaseId caseId) {
    }

    private Case apply(Case c, CaseCommand command, Instant at) {
        UserId actor = command instanceof CaseCommand.ReviewPartnerContactAbsence ? f.supervisor() : f.worker();
        return CaseLifecycle.handle(c, command, actor, at).after();
    }

    /** Drives an episode from REFERRED along one of 13 paths, each step dated after the referral. */
    private Case drive(Case c, Group g, int path, LocalDate received, int startAfter) {
        if (path == 0) {
            return c;
        }
        Case x = apply(c, new CaseCommand.StartScreening(), at(received, 10));
        if (path == 1) {
            return x;
        }
        if (path == 10) {
            return apply(x, new CaseCommand.ReturnToReferrer(f.reason()), at(received.plusDays(1), 10));
        }
        if (path == 2) {
            return apply(x, f.failScreening(), at(received.plusDays(1), 11));
        }
        x = apply(x, f.passScreening(), at(received.plusDays(1), 11));
        if (path == 3) {
            return x;
        }
        if (path == 4) {
            return apply(x, f.decide(false), at(received.plusDays(2), 11));
        }
        x = apply(x, f.decide(true), at(received.plusDays(2), 11));
        if (path == 5) {
            return x;
        }
        if (path == 6) {
            return apply(x, new CaseCommand.Withdraw(f.reason()), at(received.plusDays(3), 11));
        }
        x = apply(x, f.consent(x), at(received.plusDays(3), 9));
        x = apply(x, new CaseCommand.RecordPartnerContactAbsence(f.reason()), at(received.plusDays(3), 10));
        x = apply(x, new CaseCommand.ReviewPartnerContactAbsence(received.plusDays(3)), at(received.plusDays(3), 11));
        x = apply(x, new CaseCommand.StartProgramme(g.id()), at(received.plusDays(startAfter), 18));
        if (random.nextInt(4) == 0) {
            x = apply(x, new CaseCommand.Suspend(f.reason()), at(received.plusDays(startAfter + 20), 9));
            x = apply(x, new CaseCommand.Resume(), at(received.plusDays(startAfter + 30), 9));
        }
        LocalDate end = received.plusDays(startAfter + 45);
        return switch (path) {
            case 8 -> apply(x, new CaseCommand.Complete(true, "attended 11 of 12"), at(end, 20));
            case 9 -> apply(x, new CaseCommand.Exclude(f.reason()), at(end, 20));
            case 11 -> apply(x, new CaseCommand.Withdraw(f.reason()), at(end, 20));
            case 12 -> apply(apply(apply(x, new CaseCommand.Complete(true, "all sessions"), at(end, 20)),
                    new CaseCommand.StartAftercare(), at(end.plusDays(1), 9)),
                    new CaseCommand.Close(f.reason(), f.supervisor()), at(end.plusDays(30), 9));
            default -> x;
        };
    }
}
