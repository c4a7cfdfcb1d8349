-- Opt-in e-mail reminders. Runs unchanged on H2 2.x and PostgreSQL 15.

-- A team's reminder times, in the team's time zone; NULL switches that reminder off.
CREATE TABLE team_reminders (
    team_id          BIGINT      NOT NULL PRIMARY KEY REFERENCES team (id),
    questionnaire_by TIME,
    digest_at        TIME,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       VARCHAR(60) NOT NULL
);

-- A user who asked for reminders, and where to send them.
CREATE TABLE reminder_subscription (
    user_id    BIGINT       NOT NULL PRIMARY KEY REFERENCES app_user (id),
    email      VARCHAR(254) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row per reminder sent: the key makes it one per user, kind and team-local day, across instances.
CREATE TABLE reminder_sent (
    user_id BIGINT      NOT NULL REFERENCES app_user (id),
    kind    VARCHAR(30) NOT NULL,
    sent_on DATE        NOT NULL,
    sent_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_id, kind, sent_on)
);
