-- Restriction, erasure and retention (issue 13, build point 5). A subject is one man (a participant) with everything
-- recorded about him and about the people at risk from him. Each subject gets a data key of its own (a Tink AEAD
-- keyset, stored wrapped by the agency's keyset under the associated data subject_key|agency|subject); values written
-- for him after this version are encrypted with it. Rows written before this version stay under the agency keyset and
-- stay readable; erasing a subject first moves his remaining agency-key values under his own key, then destroys the
-- key (key_enc set to NULL, erased_at_nanos set), which leaves every P0/P1 value of his unreadable.

CREATE TABLE subject_key (
    agency_id ${uuid} NOT NULL,
    subject_id ${uuid} NOT NULL,
    key_enc ${bytes},
    created_at_nanos BIGINT NOT NULL,
    erased_at_nanos BIGINT,
    -- a unique constraint rather than a primary key, so a clash of two first writes can be told by its name and retried
    CONSTRAINT uq_subject_key UNIQUE (agency_id, subject_id)
);

-- one row while a subject is restricted (state RESTRICTED) and for good once he is erased (state ERASED): lists,
-- caseloads, exports and report figures leave out every subject with a row here
CREATE TABLE subject_status (
    agency_id ${uuid} NOT NULL,
    subject_id ${uuid} NOT NULL,
    state VARCHAR(20) NOT NULL,
    since_nanos BIGINT NOT NULL,
    set_by ${uuid} NOT NULL,
    basis VARCHAR(40) NOT NULL,
    reason_enc ${bytes},
    PRIMARY KEY (agency_id, subject_id)
);

-- legal and safeguarding holds: while one is in force the subject cannot be erased, by request or by retention
CREATE TABLE subject_hold (
    agency_id ${uuid} NOT NULL,
    id ${uuid} NOT NULL,
    subject_id ${uuid} NOT NULL,
    kind VARCHAR(20) NOT NULL,
    placed_at_nanos BIGINT NOT NULL,
    placed_by ${uuid} NOT NULL,
    reason_enc ${bytes} NOT NULL,
    released_at_nanos BIGINT,
    released_by ${uuid},
    PRIMARY KEY (agency_id, id)
);
CREATE INDEX ix_subject_hold_subject ON subject_hold (agency_id, subject_id);
