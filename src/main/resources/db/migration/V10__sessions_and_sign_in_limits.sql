-- Revocable sessions: every signed-in browser has a row, looked up by the SHA-256 of its cookie on each request.
CREATE SEQUENCE user_session_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE user_session (
    id           BIGINT       NOT NULL PRIMARY KEY,
    user_id      BIGINT       NOT NULL REFERENCES app_user (id),
    token_hash   VARCHAR(64)  NOT NULL,
    remembered   BOOLEAN      NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at     TIMESTAMP WITH TIME ZONE,
    user_agent   VARCHAR(300),
    address      VARCHAR(64)  NOT NULL,
    CONSTRAINT uk_user_session_token UNIQUE (token_hash)
);
-- The account page lists a user's sessions; sign-out everywhere ends them; the throttle asks for known addresses.
CREATE INDEX ix_user_session_user ON user_session (user_id, created_at);

-- Failed sign-ins by address, for the per-address limit and password-spraying detection.
CREATE SEQUENCE login_failure_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE login_failure (
    id           BIGINT       NOT NULL PRIMARY KEY,
    username_key VARCHAR(120) NOT NULL,
    address      VARCHAR(64)  NOT NULL,
    failed_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_login_failure_address ON login_failure (address, failed_at);
CREATE INDEX ix_login_failure_username ON login_failure (username_key, address, failed_at);

-- An issued invitation can be revoked by a newer one.
ALTER TABLE invitation ADD COLUMN revoked_at TIMESTAMP WITH TIME ZONE;
