-- Proposals to bring a deload forward (raised from the overreaching signals), the coach's decisions on today's
-- sessions, and the days each team's proposals were evaluated by the daily job. Runs on H2 2.x and PostgreSQL 15.

CREATE SEQUENCE proposal_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE proposal (
    id            BIGINT        NOT NULL PRIMARY KEY,
    team_id       BIGINT        NOT NULL REFERENCES team (id),
    -- NULL: the proposal is for the whole team.
    athlete_id    BIGINT        REFERENCES athlete (id),
    -- The athlete's id, or 0 for the team: NULLs are distinct in a unique key, so the key uses this column, and
    -- two instances evaluating the same day can never raise the same proposal twice.
    subject_key   BIGINT        NOT NULL,
    raised_on     DATE          NOT NULL,
    -- What makes a later proposal of the same day a different one: the athlete's level rank (1 watch .. 3), or the
    -- team's number of athletes in alert. The rules raise again on a day only when this got worse.
    grade         INT           NOT NULL,
    -- The athlete's level when raised (e.g. ALERT_ACCUMULATED_FATIGUE); for a team, the level its share stands for.
    signal_level  VARCHAR(40)   NOT NULL,
    -- Team proposals: the share of athletes in alert (0..1) and the counts behind it.
    alert_share   DOUBLE PRECISION,
    in_alert      INT,
    athletes      INT,
    summary       VARCHAR(1000) NOT NULL,
    -- The signals behind it as they were shown, one per line ("domain|sentence|numbers").
    reasons       VARCHAR(8000) NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    note          VARCHAR(1000),
    decided_by    VARCHAR(60),
    decided_at    TIMESTAMP WITH TIME ZONE,
    -- Accepted: the day the deload brought forward starts.
    deload_start  DATE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(60)   NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT uk_proposal_day UNIQUE (team_id, subject_key, raised_on, grade),
    CONSTRAINT ck_proposal_status CHECK (status IN ('PENDING', 'ACCEPTED', 'DISMISSED')),
    CONSTRAINT ck_proposal_decided CHECK (status = 'PENDING' OR (decided_by IS NOT NULL AND decided_at IS NOT NULL)),
    CONSTRAINT ck_proposal_note CHECK (status <> 'DISMISSED' OR note IS NOT NULL)
);
CREATE INDEX ix_proposal_team_status ON proposal (team_id, status);

CREATE TABLE proposal_evaluation (
    team_id      BIGINT NOT NULL REFERENCES team (id),
    evaluated_on DATE   NOT NULL,
    evaluated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_proposal_evaluation PRIMARY KEY (team_id, evaluated_on)
);

-- A coach's decision on one athlete's part in one session, from today's recommendation. A team session has one
-- type for everyone, so active recovery is an individual session for the athlete, who is marked absent from the
-- team session; undoing it deletes that session and restores the attendance as it was.
CREATE SEQUENCE session_decision_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE session_decision (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    attendance_id        BIGINT        NOT NULL REFERENCES session_attendance (id),
    athlete_id           BIGINT        NOT NULL REFERENCES athlete (id),
    session_date         DATE          NOT NULL,
    -- What the coach chose: ACTIVE_RECOVERY or REST.
    decided              VARCHAR(20)   NOT NULL,
    -- The recommendation it followed (REST, MODIFY, ...), as shown.
    recommended          VARCHAR(20)   NOT NULL,
    -- The athlete-facing words, e.g. "Coach: active recovery today, 20–40 min at 99–125 bpm, RPE 1–3".
    message              VARCHAR(500)  NOT NULL,
    recovery_session_id  BIGINT        REFERENCES training_session (id),
    previous_type        VARCHAR(20)   NOT NULL,
    previous_minutes     INT           NOT NULL,
    previous_rpe         INT,
    previous_attended    BOOLEAN       NOT NULL,
    decided_by           VARCHAR(60)   NOT NULL,
    decided_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    undone_by            VARCHAR(60),
    undone_at            TIMESTAMP WITH TIME ZONE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by           VARCHAR(60)   NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT ck_session_decision_decided CHECK (decided IN ('ACTIVE_RECOVERY', 'REST'))
);
CREATE INDEX ix_session_decision_attendance ON session_decision (attendance_id);
CREATE INDEX ix_session_decision_athlete_date ON session_decision (athlete_id, session_date);
