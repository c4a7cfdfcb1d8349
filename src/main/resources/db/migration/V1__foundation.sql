-- Accounts, teams, athletes and invitations. Runs unchanged on H2 2.x and PostgreSQL 15.
-- Panache ids come from <table>_SEQ sequences with the Hibernate default allocation of 50.

CREATE SEQUENCE app_user_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE app_user (
    id            BIGINT       NOT NULL PRIMARY KEY,
    username      VARCHAR(60)  NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    display_name  VARCHAR(120) NOT NULL,
    active        BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(60)  NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT ck_app_user_role CHECK (role IN ('admin', 'coach', 'athlete'))
);

-- Failed sign-ins per normalized username, whether or not the account exists.
CREATE TABLE login_throttle (
    username_key    VARCHAR(120) NOT NULL PRIMARY KEY,
    failures        INT          NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE SEQUENCE team_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE team (
    id         BIGINT       NOT NULL PRIMARY KEY,
    name       VARCHAR(120) NOT NULL,
    sport      VARCHAR(80)  NOT NULL,
    time_zone  VARCHAR(60)  NOT NULL,
    active     BOOLEAN      NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by VARCHAR(60)  NOT NULL,
    version    BIGINT       NOT NULL,
    CONSTRAINT uk_team_name UNIQUE (name)
);

CREATE TABLE team_coach (
    team_id BIGINT NOT NULL REFERENCES team (id),
    user_id BIGINT NOT NULL REFERENCES app_user (id),
    PRIMARY KEY (team_id, user_id)
);
CREATE INDEX ix_team_coach_user ON team_coach (user_id);

CREATE SEQUENCE athlete_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE athlete (
    id             BIGINT       NOT NULL PRIMARY KEY,
    team_id        BIGINT       NOT NULL REFERENCES team (id),
    user_id        BIGINT       REFERENCES app_user (id),
    code           VARCHAR(40)  NOT NULL,
    name           VARCHAR(120) NOT NULL,
    birth_date     DATE         NOT NULL,
    sex            VARCHAR(10),
    position_event VARCHAR(80),
    hr_max         INT,
    hr_rest        INT,
    active         BOOLEAN      NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by     VARCHAR(60)  NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT uk_athlete_code UNIQUE (code),
    CONSTRAINT uk_athlete_user UNIQUE (user_id)
);
CREATE INDEX ix_athlete_team ON athlete (team_id);

CREATE SEQUENCE invitation_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE invitation (
    id         BIGINT      NOT NULL PRIMARY KEY,
    athlete_id BIGINT      NOT NULL REFERENCES athlete (id),
    token_hash VARCHAR(64) NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    created_by VARCHAR(60) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_invitation_token UNIQUE (token_hash)
);
CREATE INDEX ix_invitation_athlete ON invitation (athlete_id);
