-- Partnerships (issue 13, build point 2): information-sharing agreements between the organisations (agencies) of one
-- deployment, their parties and signatures, and the cases an organisation shares with another under an agreement.
-- Nothing here is sensitive: ids, codes, dates and one-line titles; what was shared and why stay in the holder's
-- encrypted information-sharing register (sharing_entry), which now names the agreement an entry was made under.

CREATE TABLE sharing_agreement (
    id ${uuid} NOT NULL,
    lead_agency ${uuid} NOT NULL,
    title VARCHAR(200) NOT NULL,
    purpose VARCHAR(40) NOT NULL,
    purpose_text VARCHAR(1000) NOT NULL,
    lawful_basis VARCHAR(40) NOT NULL,
    data_classes VARCHAR(20) NOT NULL,
    starts_on DATE NOT NULL,
    review_on DATE NOT NULL,
    ends_on DATE,
    last_reviewed_on DATE,
    revoked_agency ${uuid},
    revoked_by ${uuid},
    revoked_at_nanos BIGINT,
    revoke_reason VARCHAR(500),
    created_by ${uuid} NOT NULL,
    created_at_nanos BIGINT NOT NULL,
    row_version BIGINT NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE sharing_agreement_party (
    agreement_id ${uuid} NOT NULL,
    agency_id ${uuid} NOT NULL,
    party_order INT NOT NULL,
    signed_by ${uuid},
    signed_at_nanos BIGINT,
    PRIMARY KEY (agreement_id, agency_id)
);
CREATE INDEX ix_agreement_party_agency ON sharing_agreement_party (agency_id);

CREATE TABLE case_share (
    agency_id ${uuid} NOT NULL,
    id ${uuid} NOT NULL,
    agreement_id ${uuid} NOT NULL,
    recipient_agency ${uuid} NOT NULL,
    case_id ${uuid} NOT NULL,
    sharing_entry_id ${uuid} NOT NULL,
    shared_by ${uuid} NOT NULL,
    shared_at_nanos BIGINT NOT NULL,
    ended_by ${uuid},
    ended_at_nanos BIGINT,
    PRIMARY KEY (agency_id, id)
);
CREATE INDEX ix_case_share_case ON case_share (agency_id, case_id);
CREATE INDEX ix_case_share_recipient ON case_share (recipient_agency, ended_at_nanos);

ALTER TABLE sharing_entry ADD COLUMN agreement_id ${uuid};
