-- Partner-support casework (issue 13, build point 1): contacts and attempts, survivors' own accounts, safety plans,
-- signposting, the allocated worker, the notifications partner support must act on, and break-the-glass accesses.
-- All of it is P0: every sensitive value, and the codes of contacts, accounts, signposting and notifications, are
-- encrypted (Tink AEAD, associated data table|id|column); only ids, dates and who did what are in the clear.

CREATE TABLE ps_worker (
    agency_id ${uuid} NOT NULL,
    person_id ${uuid} NOT NULL,
    worker_id ${uuid} NOT NULL,
    assigned_at_nanos BIGINT NOT NULL,
    PRIMARY KEY (agency_id, person_id)
);
CREATE INDEX ix_ps_worker_worker ON ps_worker (agency_id, worker_id);

CREATE TABLE ps_contact (
    agency_id ${uuid} NOT NULL,
    id ${uuid} NOT NULL,
    person_id ${uuid} NOT NULL,
    occurred_at_nanos BIGINT NOT NULL,
    channel_enc ${bytes} NOT NULL,
    outcome_enc ${bytes} NOT NULL,
    safe_times_enc ${bytes} NOT NULL,
    safe_ways_enc ${bytes} NOT NULL,
    notes_enc ${bytes} NOT NULL,
    recorded_by ${uuid} NOT NULL,
    PRIMARY KEY (agency_id, id)
);
CREATE INDEX ix_ps_contact_person ON ps_contact (agency_id, person_id, occurred_at_nanos);

CREATE TABLE ps_account (
    agency_id ${uuid} NOT NULL,
    id ${uuid} NOT NULL,
    person_id ${uuid} NOT NULL,
    recorded_on DATE NOT NULL,
    kind_enc ${bytes} NOT NULL,
    feels_safe_enc ${bytes} NOT NULL,
    account_enc ${bytes} NOT NULL,
    recorded_by ${uuid} NOT NULL,
    PRIMARY KEY (agency_id, id)
);
CREATE INDEX ix_ps_account_person ON ps_account (agency_id, person_id, recorded_on);

CREATE TABLE ps_safety_plan (
    agency_id ${uuid} NOT NULL,
    id ${uuid} NOT NULL,
    person_id ${uuid} NOT NULL,
    agreed_on DATE NOT NULL,
    review_on DATE NOT NULL,
    actions_enc ${bytes} NOT NULL,
    recorded_at_nanos BIGINT NOT NULL,
    recorded_by ${uuid} NOT NULL,
    PRIMARY KEY (agency_id, id)
);
CREATE INDEX ix_ps_plan_person ON ps_safety_plan (agency_id, person_id, agreed_on);

CREATE TABLE ps_signposting (
    agency_id ${uuid} NOT NULL,
    id ${uuid} NOT NULL,
    person_id ${uuid} NOT NULL,
    signposted_on DATE NOT NULL,
    service_enc ${bytes} NOT NULL,
    organisation_enc ${bytes} NOT NULL,
    notes_enc ${bytes} NOT NULL,
    recorded_by ${uuid} NOT NULL,
    PRIMARY KEY (agency_id, id)
);
CREATE INDEX ix_ps_signpost_person ON ps_signposting (agency_id, person_id, signposted_on);

-- one task per event and person at risk, written in the transaction of the change that caused it
CREATE TABLE ps_notification (
    agency_id ${uuid} NOT NULL,
    id ${uuid} NOT NULL,
    person_id ${uuid} NOT NULL,
    case_id ${uuid} NOT NULL,
    event_id ${uuid} NOT NULL,
    kind_enc ${bytes} NOT NULL,
    occurred_at_nanos BIGINT NOT NULL,
    worker_id ${uuid},
    acknowledged_by ${uuid},
    acknowledged_at_nanos BIGINT,
    PRIMARY KEY (agency_id, id),
    CONSTRAINT uq_ps_notification_event UNIQUE (agency_id, event_id, person_id)
);
CREATE INDEX ix_ps_notification_person ON ps_notification (agency_id, person_id);
CREATE INDEX ix_ps_notification_open ON ps_notification (agency_id, worker_id, acknowledged_at_nanos);

CREATE TABLE ps_glass_access (
    agency_id ${uuid} NOT NULL,
    id ${uuid} NOT NULL,
    person_id ${uuid} NOT NULL,
    user_id ${uuid} NOT NULL,
    opened_at_nanos BIGINT NOT NULL,
    expires_at_nanos BIGINT NOT NULL,
    reason_enc ${bytes} NOT NULL,
    PRIMARY KEY (agency_id, id)
);
CREATE INDEX ix_ps_glass_user ON ps_glass_access (agency_id, user_id, person_id);
CREATE INDEX ix_ps_glass_opened ON ps_glass_access (agency_id, opened_at_nanos);
