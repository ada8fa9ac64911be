package org.dvpp.benchmarks.peers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The rows the peers write, as Hibernate entities mapped onto the SDK's own tables (the schema is the SDK's; Hibernate
 * creates nothing). Only what the benchmarks write is mapped.
 */
public final class Rows {
    private Rows() {
    }

    /** A composite key of agency and id. */
    public static class AgencyKey implements Serializable {
        private static final long serialVersionUID = 1L;
        UUID agencyId;
        UUID id;

        @Override
        public boolean equals(Object o) {
            return o instanceof AgencyKey k && k.agencyId.equals(agencyId) && k.id.equals(id);
        }

        @Override
        public int hashCode() {
            return Objects.hash(agencyId, id);
        }
    }

    /** The attendance key: agency, session, case. */
    public static class AttendanceKey implements Serializable {
        private static final long serialVersionUID = 1L;
        UUID agencyId;
        UUID sessionId;
        UUID caseId;

        @Override
        public boolean equals(Object o) {
            return o instanceof AttendanceKey k && k.agencyId.equals(agencyId) && k.sessionId.equals(sessionId)
                    && k.caseId.equals(caseId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(agencyId, sessionId, caseId);
        }
    }

    /** A participant row. */
    @Entity
    @Table(name = "participant")
    @IdClass(AgencyKey.class)
    public static class Participant {
        @Id @Column(name = "agency_id") public UUID agencyId;
        @Id @Column(name = "id") public UUID id;
        @Column(name = "ref_code") public String refCode;
        @Column(name = "date_of_birth") public LocalDate dateOfBirth;
        @Column(name = "area_of_residence") public String areaOfResidence;
        @Column(name = "row_version") public long rowVersion;
    }

    /** An attendance row. */
    @Entity
    @Table(name = "attendance")
    @IdClass(AttendanceKey.class)
    public static class Attendance {
        @Id @Column(name = "agency_id") public UUID agencyId;
        @Id @Column(name = "session_id") public UUID sessionId;
        @Id @Column(name = "case_id") public UUID caseId;
        @Column(name = "status") public String status;
        @Column(name = "credited_nanos") public long creditedNanos;
    }

    /** An assessment row, its sensitive columns already ciphertext-sized bytes. */
    @Entity
    @Table(name = "assessment")
    @IdClass(AgencyKey.class)
    public static class Assessment {
        @Id @Column(name = "agency_id") public UUID agencyId;
        @Id @Column(name = "id") public UUID id;
        @Column(name = "case_id") public UUID caseId;
        @Column(name = "instrument_id") public String instrumentId;
        @Column(name = "instrument_version") public String instrumentVersion;
        @Column(name = "time_point") public String timePoint;
        @Column(name = "completed_on") public LocalDate completedOn;
        @Column(name = "answers_enc") public byte[] answersEnc;
        @Column(name = "total_enc") public byte[] totalEnc;
        @Column(name = "band_code_enc") public byte[] bandCodeEnc;
        @Column(name = "assessor") public UUID assessor;
    }

    /** An audit row. */
    @Entity
    @Table(name = "audit_log")
    @IdClass(AuditKey.class)
    public static class Audit {
        @Id @Column(name = "agency_id") public UUID agencyId;
        @Id @Column(name = "seq") public long seq;
        @Column(name = "actor") public UUID actor;
        @Column(name = "audit_action") public String action;
        @Column(name = "entity_type") public String entityType;
        @Column(name = "entity_id") public UUID entityId;
        @Column(name = "purpose") public String purpose;
        @Column(name = "at_nanos") public long atNanos;
        @Column(name = "prev_hash") public String prevHash;
        @Column(name = "entry_hash") public String entryHash;
    }

    /** The audit key. */
    public static class AuditKey implements Serializable {
        private static final long serialVersionUID = 1L;
        UUID agencyId;
        long seq;

        @Override
        public boolean equals(Object o) {
            return o instanceof AuditKey k && k.agencyId.equals(agencyId) && k.seq == seq;
        }

        @Override
        public int hashCode() {
            return Objects.hash(agencyId, seq);
        }
    }

    /** The head of an agency's audit chain. */
    @Entity
    @Table(name = "audit_head")
    public static class AuditHead {
        @Id @Column(name = "agency_id") public UUID agencyId;
        @Column(name = "last_seq") public long lastSeq;
        @Column(name = "last_hash") public String lastHash;
    }
}
