-- Operations: the audit log, athletes' consent. Runs unchanged on H2 2.x and PostgreSQL 15.

-- Who did what and when. Deliberately without foreign keys: a record outlives the user, team or athlete it
-- names (an erasure keeps its own record), and it never holds health data, only ids, usernames and counts.
CREATE SEQUENCE audit_record_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE audit_record (
    id          BIGINT       NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(60)  NOT NULL,
    action      VARCHAR(40)  NOT NULL,
    subject     VARCHAR(200) NOT NULL,
    team_id     BIGINT,
    detail      VARCHAR(500),
    request_id  VARCHAR(64)
);
CREATE INDEX ix_audit_record_occurred ON audit_record (occurred_at);
CREATE INDEX ix_audit_record_action ON audit_record (action, occurred_at);
CREATE INDEX ix_audit_record_actor ON audit_record (actor, occurred_at);

-- An athlete's consent to the processing of their data, given when they accept their invitation.
CREATE SEQUENCE athlete_consent_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE athlete_consent (
    id             BIGINT      NOT NULL PRIMARY KEY,
    athlete_id     BIGINT      NOT NULL REFERENCES athlete (id),
    notice_version VARCHAR(20) NOT NULL,
    given_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_athlete_consent UNIQUE (athlete_id)
);
