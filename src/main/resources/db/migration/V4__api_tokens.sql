-- Personal API tokens for the JSON API under /api. Only the SHA-256 of a token is stored; the prefix
-- ("dl_" and its first 8 characters) is not secret and lets the owner tell their tokens apart.
CREATE SEQUENCE api_token_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE api_token (
    id           BIGINT       NOT NULL PRIMARY KEY,
    user_id      BIGINT       NOT NULL REFERENCES app_user (id),
    name         VARCHAR(60)  NOT NULL,
    token_prefix VARCHAR(16)  NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by   VARCHAR(60)  NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash)
);
-- The token page lists a user's tokens and counts the active ones.
CREATE INDEX ix_api_token_user ON api_token (user_id, created_at);
