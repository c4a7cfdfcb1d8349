-- Morning wellness questionnaires (science.md sections 6-8) and performance tests with their results (section 9).
-- Runs unchanged on H2 2.x and PostgreSQL 15. The checks repeat the ranges the application enforces, as a last guard.

CREATE SEQUENCE wellness_entry_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE wellness_entry (
    id            BIGINT        NOT NULL PRIMARY KEY,
    athlete_id    BIGINT        NOT NULL REFERENCES athlete (id),
    -- The morning's date in the team's time zone.
    entry_date    DATE          NOT NULL,
    fatigue       INT           NOT NULL,
    sleep_quality INT           NOT NULL,
    soreness      INT           NOT NULL,
    stress        INT           NOT NULL,
    mood          INT           NOT NULL,
    sleep_hours   NUMERIC(4, 2) NOT NULL,
    resting_hr    INT,
    rmssd         NUMERIC(4, 1),
    -- Comma-separated codes of sore body areas, e.g. 'lower_back,calves'; NULL when none.
    sore_areas    VARCHAR(200),
    comment       VARCHAR(500),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(60)   NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT uk_wellness_entry_athlete_date UNIQUE (athlete_id, entry_date),
    CONSTRAINT ck_wellness_entry_items CHECK (fatigue BETWEEN 1 AND 5 AND sleep_quality BETWEEN 1 AND 5
        AND soreness BETWEEN 1 AND 5 AND stress BETWEEN 1 AND 5 AND mood BETWEEN 1 AND 5),
    CONSTRAINT ck_wellness_entry_sleep CHECK (sleep_hours BETWEEN 0 AND 16),
    CONSTRAINT ck_wellness_entry_resting_hr CHECK (resting_hr IS NULL OR resting_hr BETWEEN 25 AND 150),
    CONSTRAINT ck_wellness_entry_rmssd CHECK (rmssd IS NULL OR rmssd BETWEEN 3 AND 300)
);

CREATE SEQUENCE performance_test_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE performance_test (
    id               BIGINT        NOT NULL PRIMARY KEY,
    team_id          BIGINT        NOT NULL REFERENCES team (id),
    name             VARCHAR(80)   NOT NULL,
    unit             VARCHAR(20)   NOT NULL,
    higher_is_better BOOLEAN       NOT NULL,
    -- Smallest worthwhile change in %; NULL means the team's default.
    swc_percent      NUMERIC(5, 2),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       VARCHAR(60)   NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT uk_performance_test_team_name UNIQUE (team_id, name),
    CONSTRAINT ck_performance_test_swc CHECK (swc_percent IS NULL OR swc_percent BETWEEN 0.1 AND 50)
);

CREATE SEQUENCE performance_result_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE performance_result (
    id          BIGINT        NOT NULL PRIMARY KEY,
    test_id     BIGINT        NOT NULL REFERENCES performance_test (id),
    athlete_id  BIGINT        NOT NULL REFERENCES athlete (id),
    result_date DATE          NOT NULL,
    -- The result in the test's unit.
    measured    NUMERIC(9, 3) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(60)   NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT uk_performance_result_test_athlete_date UNIQUE (test_id, athlete_id, result_date),
    CONSTRAINT ck_performance_result_measured CHECK (measured > 0 AND measured <= 100000)
);
CREATE INDEX ix_performance_result_test_date ON performance_result (test_id, result_date);
CREATE INDEX ix_performance_result_athlete_date ON performance_result (athlete_id, result_date);
