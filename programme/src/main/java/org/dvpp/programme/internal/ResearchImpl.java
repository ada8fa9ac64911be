package org.dvpp.programme.internal;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.SessionId;
import org.dvpp.domain.casework.AssessmentRecord;
import org.dvpp.domain.casework.Case;
import org.dvpp.domain.casework.CaseTransition;
import org.dvpp.domain.casework.MotivationCheckIn;
import org.dvpp.domain.casework.MotivationSources;
import org.dvpp.domain.casework.NeedsAssessment;
import org.dvpp.domain.casework.OnwardReferral;
import org.dvpp.domain.casework.PartnerContactStatus;
import org.dvpp.domain.group.Attendance;
import org.dvpp.domain.group.Group;
import org.dvpp.domain.group.GroupSession;
import org.dvpp.domain.group.OneToOneSession;
import org.dvpp.domain.participant.Participant;
import org.dvpp.domain.participant.Referral;
import org.dvpp.domain.safety.MaracReferral;
import org.dvpp.domain.safety.RiskEvent;
import org.dvpp.programme.ActingUser;
import org.dvpp.programme.Permission;
import org.dvpp.programme.Research;
import org.dvpp.programme.ResearchExport;
import org.dvpp.programme.ResearchExportKey;
import org.dvpp.reporting.internal.CsvOut;
import org.dvpp.storage.spi.AuditAction;
import org.dvpp.storage.spi.Transaction;

/**
 * The research export: explicit tables of coded, non-identifying columns (no column is copied from a record by
 * reflection, so a field added to a record later never reaches an evaluator unless a table names it), each described
 * in the data dictionary made from the same table definitions.
 */
final class ResearchImpl implements Research {
    private static final Kernel.Op EXPORT = Kernel.Op.write("research.export", Permission.RESEARCH_EXPORT,
            AuditAction.EXPORT, "agency");
    private static final int PAGE = 500;

    private final Kernel k;

    @Inject
    ResearchImpl(Kernel kernel) {
        this.k = kernel;
    }

    /** One file of the export: its columns, described, and its rows. */
    private static final class Table {
        final String file;
        final String description;
        final List<String[]> columns = new ArrayList<>();
        final List<List<String>> rows = new ArrayList<>();

        Table(String file, String description) {
            this.file = file;
            this.description = description;
        }

        Table col(String name, String type, String meaning) {
            columns.add(new String[] {name, type, meaning});
            return this;
        }

        void row(String... cells) {
            if (cells.length != columns.size()) {
                throw new IllegalStateException(file + ": " + cells.length + " cells for " + columns.size()
                        + " columns");
            }
            rows.add(List.of(cells));
        }

        /**
         * The rows are in order of their first column, a pseudonym (a stable sort: a case's own rows keep their
         * order), never in storage's order, which follows references and dates and would let a reader line the rows
         * up with them.
         */
        String csv() {
            StringBuilder b = new StringBuilder();
            List<String> head = new ArrayList<>();
            columns.forEach(c -> head.add(c[0]));
            line(b, head);
            rows.stream().sorted(java.util.Comparator.comparing(r -> r.get(0))).forEach(r -> line(b, r));
            return b.toString();
        }
    }

    private static void line(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            b.append(i == 0 ? "" : ",").append(CsvOut.cell(cells.get(i)));
        }
        b.append("\r\n");
    }

    private static final String PSEUDONYM = "pseudonym";
    private static final String MONTH = "month (YYYY-MM)";
    private static final String CODE = "code";
    private static final String NUMBER = "number";

    @Override
    public ResearchExport export(ActingUser user, ResearchExportKey key) {
        return k.run(user, EXPORT, ch -> ch.required("key", key), tx -> {
            Table people = new Table("participants.csv", "one line per man").col("person", PSEUDONYM,
                    "the man (the same in every export made with this key)").col("age_band", CODE,
                    "his age at his first referral, in bands: under-18, 18-24, 25-34, 35-44, 45-54, 55-64, 65+")
                    .col("area", CODE, "the area he lives in, as the agency codes its service area");
            Table cases = new Table("cases.csv", "one line per case (a man may have several episodes)")
                    .col("case", PSEUDONYM, "the case").col("person", PSEUDONYM, "the man, as in participants.csv")
                    .col("episode", NUMBER, "1 for his first case, counting up on each reopening")
                    .col("referral_month", MONTH, "when the referral was received")
                    .col("referral_source", CODE, "who referred him (probation, children's social care, self, ...)")
                    .col("status", CODE, "the case's status at the time of the export")
                    .col("eligibility", CODE, "passed, failed or not-screened")
                    .col("suitability", CODE, "the suitability decision, or not-decided")
                    .col("consent", CODE, "in-force, withdrawn, not-in-force or none")
                    .col("partner_contact", CODE, "whether partner contact details were recorded: recorded, "
                            + "absent (with a reviewed reason) or not-recorded")
                    .col("group", PSEUDONYM, "his current or last group, if any")
                    .col("curriculum", CODE, "that group's curriculum id");
            Table history = new Table("case_history.csv", "one line per change of a case's status")
                    .col("case", PSEUDONYM, "the case").col("month", MONTH, "when")
                    .col("from", CODE, "the status before").col("to", CODE, "the status after")
                    .col("command", CODE, "what changed it (screen, allocate, withdraw, complete, ...)");
            Table assessments = new Table("assessments.csv", "one line per scored assessment (voided ones left out;"
                    + " no item answers)").col("case", PSEUDONYM, "the case")
                    .col("instrument", CODE, "the instrument's id").col("version", CODE, "its version")
                    .col("time_point", CODE, "intake, mid, end, follow-up or ad hoc")
                    .col("month", MONTH, "when it was completed")
                    .col("informant", CODE, "who answered (the man, a practitioner, ...)")
                    .col("total", NUMBER, "the total score, if the instrument has one (special category data)")
                    .col("band", CODE, "the score's band, if any");
            Table attendance = new Table("attendance.csv", "one line per register line (voided ones left out)")
                    .col("case", PSEUDONYM, "the case").col("group", PSEUDONYM, "the group")
                    .col("meeting", NUMBER, "the meeting's number in the group's schedule")
                    .col("curriculum_session", NUMBER, "the curriculum session the meeting covered")
                    .col("month", MONTH, "when the meeting was").col("status", CODE, "attended, late, absent, ...")
                    .col("minutes", NUMBER, "the minutes credited");
            Table oneToOnes = new Table("one_to_ones.csv", "one line per one-to-one session")
                    .col("case", PSEUDONYM, "the case").col("month", MONTH, "when").col("kind", CODE, "its kind")
                    .col("status", CODE, "attended, absent, ...").col("minutes", NUMBER, "the minutes credited");
            Table checkIns = new Table("check_ins.csv", "one line per motivation check-in (voided ones left out)")
                    .col("case", PSEUDONYM, "the case").col("month", MONTH, "when")
                    .col("importance", NUMBER, "0-10").col("confidence", NUMBER, "0-10")
                    .col("readiness", NUMBER, "0-10 (the readiness ruler)");
            Table motivation = new Table("motivation.csv", "one line per record of the sources of his motivation")
                    .col("case", PSEUDONYM, "the case").col("month", MONTH, "when")
                    .col("sources", CODE, "the sources, separated by ';'").col("main", CODE, "the main one, if any");
            Table needs = new Table("needs.csv", "one line per need area of each needs assessment")
                    .col("case", PSEUDONYM, "the case").col("month", MONTH, "when the needs were assessed")
                    .col("area", CODE, "the need area").col("level", CODE, "none, some, high or declined");
            Table onward = new Table("onward_referrals.csv", "one line per onward referral (no organisation named)")
                    .col("case", PSEUDONYM, "the case").col("month", MONTH, "when it was made")
                    .col("service", CODE, "the kind of service").col("status", CODE, "its latest status")
                    .col("need", CODE, "the need area it answers, if any");
            Table risk = new Table("risk_events.csv", "one line per risk event (no summary)")
                    .col("case", PSEUDONYM, "the case").col("month", MONTH, "when it happened")
                    .col("kind", CODE, "its kind").col("level_before", CODE, "the risk level before")
                    .col("level_after", CODE, "the risk level after")
                    .col("marac_criteria", CODE, "the MARAC criteria it met, separated by ';'");
            Table marac = new Table("marac_referrals.csv", "one line per MARAC referral (no outcome or actions)")
                    .col("case", PSEUDONYM, "the case").col("month", MONTH, "when he was referred")
                    .col("criteria", CODE, "the criteria, separated by ';'")
                    .col("meeting_month", MONTH, "when the meeting was, if it has been")
                    .col("status", CODE, "referred or heard");
            Map<GroupId, Optional<Group>> groups = new HashMap<>();
            Map<SessionId, Optional<GroupSession>> sessions = new HashMap<>();
            for (int offset = 0;; offset += PAGE) {
                List<Participant> page = tx.participants().list(offset, PAGE);
                for (Participant p : page) {
                    List<Case> his = tx.cases().listForParticipant(p.id());
                    List<Referral> referrals = tx.referrals().listForParticipant(p.id());
                    Optional<LocalDate> first = referrals.stream().map(Referral::receivedOn)
                            .min(java.util.Comparator.naturalOrder());
                    people.row(key.pseudonym("person", p.id().value()), first.map(d -> ageBand(p.dateOfBirth(), d))
                            .orElse(""), p.areaOfResidence());
                    for (Case c : his) {
                        String cp = key.pseudonym("case", c.id().value());
                        Optional<Referral> ref = referrals.stream().filter(r -> r.id().equals(c.referral())).findFirst();
                        Optional<Group> g = c.group().flatMap(id -> groups.computeIfAbsent(id, x -> tx.groups().find(x)));
                        cases.row(cp, key.pseudonym("person", p.id().value()), Integer.toString(c.episode()),
                                ref.map(r -> month(r.receivedOn())).orElse(""),
                                ref.map(r -> code(r.source())).orElse(""), code(c.status()),
                                c.eligibility().map(e -> e.passed() ? "passed" : "failed").orElse("not-screened"),
                                c.suitability().map(s -> code(s.outcome())).orElse("not-decided"),
                                c.consent().map(x -> x.isInForce() ? "in-force" : x.withdrawnOn().isPresent()
                                        ? "withdrawn" : "not-in-force").orElse("none"),
                                partnerContact(c.partnerContact()),
                                c.group().map(id -> key.pseudonym("group", id.value())).orElse(""),
                                g.map(Group::curriculumId).orElse(""));
                        for (CaseTransition t : c.history()) {
                            history.row(cp, month(t.at()), code(t.from()), code(t.to()), t.command());
                        }
                        caseRows(tx, key, c.id(), cp, assessments, attendance, oneToOnes, checkIns, motivation, needs,
                                onward, risk, marac, groups, sessions);
                    }
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
            List<Table> tables = List.of(people, cases, history, assessments, attendance, oneToOnes, checkIns,
                    motivation, needs, onward, risk, marac);
            Map<String, String> files = new LinkedHashMap<>();
            StringBuilder dictionary = new StringBuilder();
            line(dictionary, List.of("file", "column", "type", "meaning"));
            for (Table t : tables) {
                files.put(t.file, t.csv());
                line(dictionary, List.of(t.file, "", "table", t.description));
                for (String[] c : t.columns) {
                    line(dictionary, List.of(t.file, c[0], c[1], c[2]));
                }
            }
            files.put("data-dictionary.csv", dictionary.toString());
            files.put("README.txt", readme(key.check(), k.now(), tables));
            return new ResearchExport(k.now(), key.check(), files);
        });
    }

    private static void caseRows(Transaction tx, ResearchExportKey key, CaseId c, String cp, Table assessments,
            Table attendance, Table oneToOnes, Table checkIns, Table motivation, Table needs, Table onward, Table risk,
            Table marac, Map<GroupId, Optional<Group>> groups, Map<SessionId, Optional<GroupSession>> sessions) {
        for (AssessmentRecord a : tx.assessments().listForCase(c)) {
            assessments.row(cp, a.instrumentId(), a.instrumentVersion(), code(a.timePoint()), month(a.completedOn()),
                    code(a.informant()), a.total().map(java.math.BigDecimal::toPlainString).orElse(""),
                    a.bandCode().orElse(""));
        }
        for (Attendance line : tx.groupSessions().attendanceForCase(c)) {
            Optional<GroupSession> s = sessions.computeIfAbsent(line.session(), x -> tx.groupSessions().find(x));
            attendance.row(cp, s.map(x -> key.pseudonym("group", x.group().value())).orElse(""),
                    s.map(x -> Integer.toString(x.sequence())).orElse(""),
                    s.map(x -> Integer.toString(x.curriculumSession())).orElse(""),
                    s.map(x -> month(x.scheduledStart().toLocalDate())).orElse(""), code(line.status()),
                    Long.toString(line.credited().toMinutes()));
        }
        for (OneToOneSession o : tx.oneToOnes().listForCase(c)) {
            oneToOnes.row(cp, month(o.date()), code(o.kind()), code(o.status()), Long.toString(o.credited()
                    .toMinutes()));
        }
        for (MotivationCheckIn m : tx.motivationCheckIns().listForCase(c)) {
            checkIns.row(cp, month(m.on()), Integer.toString(m.importance()), Integer.toString(m.confidence()),
                    Integer.toString(m.readiness()));
        }
        for (MotivationSources m : CaseDocuments.MOTIVATION.list(tx, c)) {
            motivation.row(cp, month(m.on()), codes(m.sources()), m.main().map(ResearchImpl::code).orElse(""));
        }
        for (NeedsAssessment n : CaseDocuments.NEEDS.list(tx, c)) {
            n.needs().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> needs.row(cp,
                    month(n.assessedOn()), e.getKey(), code(e.getValue())));
        }
        for (OnwardReferral o : tx.onwardReferrals().listForCase(c)) {
            onward.row(cp, month(o.madeOn()), code(o.service()), code(o.status()), o.need().orElse(""));
        }
        for (RiskEvent r : tx.riskEvents().listForCase(c)) {
            risk.row(cp, month(r.occurredAt()), code(r.kind()), code(r.levelBefore()), code(r.levelAfter()),
                    codes(r.maracCriteria()));
        }
        for (MaracReferral m : CaseDocuments.MARAC.list(tx, c)) {
            marac.row(cp, month(m.referredOn()), codes(m.criteria()), m.meetingOn().map(ResearchImpl::month)
                    .orElse(""), code(m.status()));
        }
    }

    private static String readme(String keyCheck, Instant at, List<Table> tables) {
        StringBuilder b = new StringBuilder();
        b.append("DVPP Kit research export\r\n\r\n")
                .append("Made in ").append(month(at)).append(". Pseudonym key check: ").append(keyCheck)
                .append(" (two exports with the same check were made with the same key, so their pseudonyms can be "
                        + "linked).\r\n\r\n")
                .append("This is pseudonymised personal data (UK GDPR Art. 4(5)), not anonymous data: it may only be "
                        + "used under the data sharing agreement it was provided under. People, cases and groups are "
                        + "keyed pseudonyms (HMAC-SHA256); the key is held by the agency and not provided. Dates are "
                        + "months. There is no free text, no data about partners, ex-partners or children, and no "
                        + "direct identifier (no name, reference, date of birth, staff or referrer). Assessment "
                        + "scores, needs and motivation are special category data. Small numbers are not suppressed: "
                        + "apply disclosure control before publishing any figure.\r\n\r\nFiles:\r\n");
        for (Table t : tables) {
            b.append("  ").append(t.file).append(": ").append(t.description).append(" (").append(t.rows.size())
                    .append(" lines)\r\n");
        }
        b.append("  data-dictionary.csv: every column of every file, with its type and meaning\r\n");
        return b.toString();
    }

    private static String ageBand(LocalDate born, LocalDate on) {
        int age = Period.between(born, on).getYears();
        if (age < 18) {
            return "under-18";
        }
        if (age < 25) {
            return "18-24";
        }
        if (age >= 65) {
            return "65+";
        }
        int low = (age - 5) / 10 * 10 + 5;
        return low + "-" + (low + 9);
    }

    private static String partnerContact(PartnerContactStatus s) {
        if (s instanceof PartnerContactStatus.Recorded) {
            return "recorded";
        }
        return s instanceof PartnerContactStatus.Absent ? "absent" : "not-recorded";
    }

    private static String month(LocalDate d) {
        return YearMonth.from(d).toString();
    }

    private static String month(Instant i) {
        return YearMonth.from(i.atZone(ZoneOffset.UTC)).toString();
    }

    private static String code(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String codes(Collection<? extends Enum<?>> es) {
        return String.join(";", es.stream().map(ResearchImpl::code).sorted().toList());
    }
}
