-- Issue 11: places on one-to-one-only pathways, facilitator records and the facilitators of each session, and voiding
-- mistaken register lines, assessments and check-ins (the row stays, flagged; the void and its reason are kept).

CREATE TABLE one_to_one_place (
    agency_id ${uuid} NOT NULL,
    case_id ${uuid} NOT NULL,
    curriculum_id VARCHAR(80) NOT NULL,
    started_on DATE NOT NULL,
    status VARCHAR(20) NOT NULL,
    PRIMARY KEY (agency_id, case_id, started_on)
);

CREATE TABLE facilitator (
    agency_id ${uuid} NOT NULL,
    user_id ${uuid} NOT NULL,
    display_name VARCHAR(120) NOT NULL,
    qualifications VARCHAR(1300) NOT NULL,
    trained_on DATE,
    supervised_on DATE,
    PRIMARY KEY (agency_id, user_id)
);

CREATE TABLE session_facilitator (
    agency_id ${uuid} NOT NULL,
    session_id ${uuid} NOT NULL,
    user_id ${uuid} NOT NULL,
    position INT NOT NULL,
    PRIMARY KEY (agency_id, session_id, user_id)
);

ALTER TABLE attendance ADD COLUMN voided ${bool} DEFAULT FALSE NOT NULL;
ALTER TABLE assessment ADD COLUMN voided ${bool} DEFAULT FALSE NOT NULL;
ALTER TABLE check_in ADD COLUMN voided ${bool} DEFAULT FALSE NOT NULL;

CREATE TABLE voided_record (
    agency_id ${uuid} NOT NULL,
    id ${uuid} NOT NULL,
    case_id ${uuid} NOT NULL,
    kind VARCHAR(20) NOT NULL,
    record_id ${uuid} NOT NULL,
    description VARCHAR(400) NOT NULL,
    voided_at_nanos BIGINT NOT NULL,
    voided_by ${uuid} NOT NULL,
    reason_enc ${bytes} NOT NULL,
    PRIMARY KEY (agency_id, id)
);
CREATE INDEX ix_voided_case ON voided_record (agency_id, case_id);
