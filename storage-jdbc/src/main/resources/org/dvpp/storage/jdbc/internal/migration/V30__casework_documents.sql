-- Casework as programmes run it (issue 11, parts 3 to 6, 9 to 11): whose account an assessment is, the need an onward
-- referral answers, and casework documents (needs assessments, support plans, motivation, family, equality monitoring,
-- MARAC referrals, partners' accounts, completion evaluations), each body encrypted whole at rest.

ALTER TABLE assessment ADD COLUMN informant VARCHAR(20) DEFAULT 'PARTICIPANT' NOT NULL;
ALTER TABLE onward_referral ADD COLUMN need_code VARCHAR(40);

CREATE TABLE case_document (
    agency_id ${uuid} NOT NULL,
    id ${uuid} NOT NULL,
    case_id ${uuid} NOT NULL,
    kind VARCHAR(40) NOT NULL,
    recorded_at_nanos BIGINT NOT NULL,
    recorded_by ${uuid} NOT NULL,
    body_enc ${bytes} NOT NULL,
    row_version BIGINT NOT NULL,
    PRIMARY KEY (agency_id, id)
);
CREATE INDEX ix_case_document_case ON case_document (agency_id, case_id, kind);
CREATE INDEX ix_case_document_kind ON case_document (agency_id, kind);
