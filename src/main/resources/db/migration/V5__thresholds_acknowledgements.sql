-- Per-team overrides of the heuristic thresholds (NULL = the configured default), their change log,
-- and coaches' acknowledgements of overreaching signals.

CREATE SEQUENCE team_thresholds_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE team_thresholds (
    id                      BIGINT       NOT NULL PRIMARY KEY,
    team_id                 BIGINT       NOT NULL REFERENCES team (id),
    ratio_spike             NUMERIC(4, 2),
    monotony_high           NUMERIC(4, 2),
    z_watch                 NUMERIC(4, 2),
    z_alert                 NUMERIC(4, 2),
    sleep_restriction_hours NUMERIC(4, 2),
    short_sleep_hours       NUMERIC(4, 2),
    default_swc_percent     NUMERIC(5, 2),
    active_recovery_basis   VARCHAR(30),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by              VARCHAR(60)  NOT NULL,
    version                 BIGINT       NOT NULL,
    CONSTRAINT uk_team_thresholds_team UNIQUE (team_id)
);

CREATE SEQUENCE threshold_change_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE threshold_change (
    id         BIGINT       NOT NULL PRIMARY KEY,
    team_id    BIGINT       NOT NULL REFERENCES team (id),
    name       VARCHAR(60)  NOT NULL,
    old_value  VARCHAR(40)  NOT NULL,
    new_value  VARCHAR(40)  NOT NULL,
    changed_by VARCHAR(60)  NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_threshold_change_team ON threshold_change (team_id, changed_at);

CREATE SEQUENCE signal_acknowledgement_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE signal_acknowledgement (
    id              BIGINT        NOT NULL PRIMARY KEY,
    athlete_id      BIGINT        NOT NULL REFERENCES athlete (id),
    signal_date     DATE          NOT NULL,
    signal_level    VARCHAR(40)   NOT NULL,
    summary         VARCHAR(1000) NOT NULL,
    note            VARCHAR(1000) NOT NULL,
    acknowledged_by VARCHAR(60)   NOT NULL,
    acknowledged_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_signal_ack_athlete ON signal_acknowledgement (athlete_id, signal_date);
