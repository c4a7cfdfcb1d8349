-- Training sessions and session RPE (Foster et al. 2001). Runs unchanged on H2 2.x and PostgreSQL 15.
-- A session has one attendance row per planned athlete; an individual (extra) session has exactly one.

CREATE SEQUENCE training_session_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE training_session (
    id              BIGINT       NOT NULL PRIMARY KEY,
    team_id         BIGINT       NOT NULL REFERENCES team (id),
    -- The team-local date and time are what the team planned; starts_at is derived from them in the team's
    -- zone when saved and answers "has it started" and "is the rating late".
    session_date    DATE         NOT NULL,
    start_time      TIME,
    starts_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    session_type    VARCHAR(20)  NOT NULL,
    planned_minutes INT          NOT NULL,
    planned_rpe     INT,
    notes           VARCHAR(1000),
    individual      BOOLEAN      NOT NULL,
    closed_at       TIMESTAMP WITH TIME ZONE,
    closed_by       VARCHAR(60),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(60)  NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT ck_training_session_type CHECK (session_type IN
        ('STRENGTH', 'CONDITIONING', 'SKILL', 'MATCH', 'ACTIVE_RECOVERY', 'OTHER')),
    CONSTRAINT ck_training_session_minutes CHECK (planned_minutes BETWEEN 1 AND 600),
    CONSTRAINT ck_training_session_rpe CHECK (planned_rpe IS NULL OR planned_rpe BETWEEN 0 AND 10)
);
CREATE INDEX ix_training_session_team_date ON training_session (team_id, session_date);

CREATE SEQUENCE session_attendance_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE session_attendance (
    id         BIGINT      NOT NULL PRIMARY KEY,
    session_id BIGINT      NOT NULL REFERENCES training_session (id),
    athlete_id BIGINT      NOT NULL REFERENCES athlete (id),
    attended   BOOLEAN     NOT NULL,
    -- Actual minutes; NULL while the session's planned duration stands.
    minutes    INT,
    -- NULL = not rated yet: an attended session without RPE is missing, never zero.
    rpe        INT,
    rated_at   TIMESTAMP WITH TIME ZONE,
    rated_by   VARCHAR(60),
    late       BOOLEAN     NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by VARCHAR(60) NOT NULL,
    version    BIGINT      NOT NULL,
    CONSTRAINT uk_session_attendance UNIQUE (session_id, athlete_id),
    CONSTRAINT ck_session_attendance_minutes CHECK (minutes IS NULL OR minutes BETWEEN 1 AND 600),
    CONSTRAINT ck_session_attendance_rpe CHECK (rpe IS NULL OR rpe BETWEEN 0 AND 10),
    CONSTRAINT ck_session_attendance_rating CHECK (
        (rpe IS NULL AND rated_at IS NULL AND rated_by IS NULL AND late = FALSE)
        OR (rpe IS NOT NULL AND rated_at IS NOT NULL AND rated_by IS NOT NULL))
);
CREATE INDEX ix_session_attendance_athlete ON session_attendance (athlete_id);
