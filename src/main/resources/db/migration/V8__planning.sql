-- Planning (science.md §11 as the README's "Plans" section states it): training plans laid out in mesocycles,
-- priority events with their tapers, deloads brought forward, the plan's history and secret calendar feeds.
-- Runs unchanged on H2 2.x and PostgreSQL 15.

-- A team plan (athlete_id NULL) or an athlete's individual plan, which overrides the team's from effective_from.
-- Editing a plan that has started ends it (ended_on) and continues it as a new row from the next Monday
-- (previous_plan_id), so the weeks already planned stay as they were.
CREATE SEQUENCE training_plan_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE training_plan (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    team_id             BIGINT        NOT NULL REFERENCES team (id),
    athlete_id          BIGINT        REFERENCES athlete (id),
    previous_plan_id    BIGINT        REFERENCES training_plan (id),
    start_date          DATE          NOT NULL,
    effective_from      DATE          NOT NULL,
    weeks               INT           NOT NULL,
    pattern             VARCHAR(3)    NOT NULL,
    first_week_load     NUMERIC(10, 2) NOT NULL,
    progression_percent NUMERIC(5, 2) NOT NULL,
    deload_reduction    NUMERIC(4, 3) NOT NULL,
    taper_reduction     NUMERIC(4, 3) NOT NULL,
    ended_on            DATE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(60)   NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT ck_training_plan_weeks CHECK (weeks BETWEEN 1 AND 104),
    CONSTRAINT ck_training_plan_pattern CHECK (pattern IN ('2:1', '3:1', '4:1')),
    CONSTRAINT ck_training_plan_progression CHECK (progression_percent BETWEEN 0 AND 10),
    CONSTRAINT ck_training_plan_deload CHECK (deload_reduction BETWEEN 0.4 AND 0.6),
    CONSTRAINT ck_training_plan_taper CHECK (taper_reduction BETWEEN 0.41 AND 0.6)
);
CREATE INDEX ix_training_plan_team ON training_plan (team_id, ended_on);
CREATE INDEX ix_training_plan_athlete ON training_plan (athlete_id, ended_on);

-- Priority events belong to the team, so they survive a plan's edits; the plan around their date tapers to them.
CREATE SEQUENCE plan_event_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE plan_event (
    id              BIGINT         NOT NULL PRIMARY KEY,
    team_id         BIGINT         NOT NULL REFERENCES team (id),
    event_date      DATE           NOT NULL,
    name            VARCHAR(120)   NOT NULL,
    event_week_load NUMERIC(10, 2),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(60)    NOT NULL,
    version         BIGINT         NOT NULL
);
CREATE INDEX ix_plan_event_team_date ON plan_event (team_id, event_date);

-- A deload brought forward (an accepted proposal): for the team (athlete_id NULL) or one athlete.
-- proposal_id names the proposal that caused it, when one did (the proposal table comes later).
CREATE SEQUENCE plan_early_deload_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE plan_early_deload (
    id          BIGINT         NOT NULL PRIMARY KEY,
    team_id     BIGINT         NOT NULL REFERENCES team (id),
    plan_id     BIGINT         NOT NULL REFERENCES training_plan (id),
    athlete_id  BIGINT         REFERENCES athlete (id),
    start_date  DATE           NOT NULL,
    proposal_id BIGINT,
    reason      VARCHAR(1000)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(60)    NOT NULL,
    version     BIGINT         NOT NULL
);
CREATE INDEX ix_plan_early_deload_team ON plan_early_deload (team_id, start_date);

-- What happened to a team's plans, newest first on the plan page; kept forever.
CREATE SEQUENCE plan_history_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE plan_history (
    id         BIGINT         NOT NULL PRIMARY KEY,
    team_id    BIGINT         NOT NULL REFERENCES team (id),
    athlete_id BIGINT         REFERENCES athlete (id),
    plan_id    BIGINT         REFERENCES training_plan (id),
    happened_at TIMESTAMP WITH TIME ZONE NOT NULL,
    done_by    VARCHAR(60)    NOT NULL,
    action     VARCHAR(60)    NOT NULL,
    note       VARCHAR(2000)  NOT NULL
);
CREATE INDEX ix_plan_history_team ON plan_history (team_id, happened_at);

-- A secret iCalendar feed URL of a team or of one athlete: only the SHA-256 of its token is stored.
CREATE SEQUENCE calendar_feed_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE calendar_feed (
    id           BIGINT        NOT NULL PRIMARY KEY,
    team_id      BIGINT        REFERENCES team (id),
    athlete_id   BIGINT        REFERENCES athlete (id),
    token_hash   VARCHAR(64)   NOT NULL,
    token_prefix VARCHAR(20)   NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by   VARCHAR(60)   NOT NULL,
    version      BIGINT        NOT NULL,
    CONSTRAINT uk_calendar_feed_token UNIQUE (token_hash),
    CONSTRAINT ck_calendar_feed_owner CHECK ((team_id IS NULL AND athlete_id IS NOT NULL)
        OR (team_id IS NOT NULL AND athlete_id IS NULL))
);
CREATE INDEX ix_calendar_feed_team ON calendar_feed (team_id);
CREATE INDEX ix_calendar_feed_athlete ON calendar_feed (athlete_id);
