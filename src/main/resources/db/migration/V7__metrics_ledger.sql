-- The metrics ledger: every athlete's computed days, kept current by every write that changes a monitoring
-- input, so pages read one row per athlete and day instead of recomputing the whole history.
-- athlete_ledger says what the stored days cover: from the athlete's first day through through_day, computed
-- with the thresholds whose fingerprint it names; pending_at is when the earliest session counted as a plan
-- (not started yet) starts, so the days from pending_day on are recomputed once it has.
-- Runs unchanged on H2 2.x and PostgreSQL 15.
CREATE TABLE athlete_ledger (
    athlete_id   BIGINT      NOT NULL PRIMARY KEY REFERENCES athlete (id),
    first_day    DATE        NOT NULL,
    through_day  DATE        NOT NULL,
    fingerprint  VARCHAR(64) NOT NULL,
    pending_day  DATE,
    pending_at   TIMESTAMP WITH TIME ZONE
);
-- One computed day: the full metrics as DayMetricsCodec writes them, and the checkpoint the next day resumes
-- from (EWMAs null before their seed; recent_domains are the domain masks of the last days, oldest first).
CREATE TABLE athlete_day (
    athlete_id     BIGINT           NOT NULL REFERENCES athlete (id),
    metrics_date   DATE             NOT NULL,
    metrics        BYTEA            NOT NULL,
    ewma_acute     DOUBLE PRECISION,
    ewma_chronic   DOUBLE PRECISION,
    ewma_seed_day  DATE,
    ctl            DOUBLE PRECISION NOT NULL,
    atl            DOUBLE PRECISION NOT NULL,
    watch_days     INT              NOT NULL,
    sore_days      INT              NOT NULL,
    recent_domains VARCHAR(40)      NOT NULL,
    PRIMARY KEY (athlete_id, metrics_date)
);
