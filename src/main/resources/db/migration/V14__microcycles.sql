-- Microcycles (issue 12): week templates of a team and of single athletes, and the generations that turned a plan
-- and a template into planned sessions. Runs unchanged on H2 2.x and PostgreSQL 15.

-- A team's week template (athlete_id NULL) or an athlete's, which replaces the team's for that athlete.
-- The competition_* columns say what an event day becomes when the template has no match.
CREATE SEQUENCE week_template_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE week_template (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    team_id             BIGINT       NOT NULL REFERENCES team (id),
    athlete_id          BIGINT       REFERENCES athlete (id),
    hard_days_confirmed BOOLEAN      NOT NULL,
    competition_start   TIME,
    competition_minutes INT          NOT NULL,
    competition_rpe     INT          NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(60)  NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT ck_week_template_competition CHECK (competition_minutes BETWEEN 1 AND 600
        AND competition_rpe BETWEEN 1 AND 10)
);
CREATE INDEX ix_week_template_team ON week_template (team_id, athlete_id);
CREATE INDEX ix_week_template_athlete ON week_template (athlete_id);

-- One line of a template: a rest day (one line), an active-recovery day (one line with minutes and RPE) or one
-- training session of a training day (share = its part of the week's load, 0-1; ignored for a match).
CREATE SEQUENCE week_template_slot_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE week_template_slot (
    id              BIGINT        NOT NULL PRIMARY KEY,
    template_id     BIGINT        NOT NULL REFERENCES week_template (id),
    weekday         INT           NOT NULL,
    day_kind        VARCHAR(20)   NOT NULL,
    session_type    VARCHAR(20),
    start_time      TIME,
    planned_minutes INT,
    planned_rpe     INT,
    load_share      NUMERIC(6, 4),
    activity        VARCHAR(200),
    CONSTRAINT ck_week_template_slot_weekday CHECK (weekday BETWEEN 1 AND 7),
    CONSTRAINT ck_week_template_slot_kind CHECK (day_kind IN ('REST', 'TRAINING', 'ACTIVE_RECOVERY'))
);
CREATE INDEX ix_week_template_slot_template ON week_template_slot (template_id);

-- A generation: the sessions of [first_day, last_day] created from the plan and the templates in one step.
-- undone_at is set when it was undone (only the team's last generation can be).
CREATE SEQUENCE session_generation_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE session_generation (
    id           BIGINT       NOT NULL PRIMARY KEY,
    team_id      BIGINT       NOT NULL REFERENCES team (id),
    first_day    DATE         NOT NULL,
    last_day     DATE         NOT NULL,
    created_sessions INT      NOT NULL,
    updated_sessions INT      NOT NULL,
    deleted_sessions INT      NOT NULL,
    kept_days    INT          NOT NULL,
    done_by      VARCHAR(60)  NOT NULL,
    undone_at    TIMESTAMP WITH TIME ZONE,
    undone_by    VARCHAR(60),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by   VARCHAR(60)  NOT NULL,
    version      BIGINT       NOT NULL
);
CREATE INDEX ix_session_generation_team ON session_generation (team_id, created_at);

-- What a generation did to each session, so that undoing it restores the calendar: a session it created is
-- deleted again, one it rewrote gets its earlier generated values back, one it deleted is planned again.
-- session_id has no foreign key: a coach may delete the session by hand later.
CREATE SEQUENCE session_generation_change_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE session_generation_change (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    generation_id          BIGINT        NOT NULL REFERENCES session_generation (id),
    session_id             BIGINT,
    change_kind            VARCHAR(10)   NOT NULL,
    previous_generation_id BIGINT,
    previous_values        VARCHAR(1200),
    previous_for_athlete_id BIGINT,
    athlete_ids            VARCHAR(4000),
    CONSTRAINT ck_session_generation_change_kind CHECK (change_kind IN ('CREATED', 'UPDATED', 'DELETED'))
);
CREATE INDEX ix_session_generation_change ON session_generation_change (generation_id);

-- A generated session carries its generation and the values it was generated with (generated_as): when its
-- current values differ, a coach edited it by hand and later generations leave it alone. generated_for_athlete_id
-- is set when an athlete's own template (or individual plan) made it; no foreign key, as the value only groups.
ALTER TABLE training_session ADD COLUMN generation_id BIGINT;
ALTER TABLE training_session ADD COLUMN generated_as VARCHAR(1200);
ALTER TABLE training_session ADD COLUMN generated_for_athlete_id BIGINT;
ALTER TABLE training_session ADD CONSTRAINT fk_training_session_generation FOREIGN KEY (generation_id)
    REFERENCES session_generation (id);
CREATE INDEX ix_training_session_generation ON training_session (generation_id);
