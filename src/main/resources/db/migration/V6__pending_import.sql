-- CSV imports waiting for the coach's confirmation. The upload is checked, normalized and stored here, so the
-- confirmation needs no second upload and works on whichever instance receives it; confirming deletes the row in
-- the same transaction that writes the data. Runs unchanged on H2 2.x and PostgreSQL 15.
CREATE SEQUENCE pending_import_SEQ START WITH 1 INCREMENT BY 50;
CREATE TABLE pending_import (
    id          BIGINT       NOT NULL PRIMARY KEY,
    team_id     BIGINT       NOT NULL REFERENCES team (id),
    kind        VARCHAR(20)  NOT NULL,
    file_name   VARCHAR(200) NOT NULL,
    row_count   INT          NOT NULL,
    -- The checked rows as CSV with their original line numbers; checksum is its SHA-256 in hex.
    payload     TEXT         NOT NULL,
    checksum    VARCHAR(64)  NOT NULL,
    created_by  VARCHAR(60)  NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(60)  NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT ck_pending_import_kind CHECK (kind IN ('SESSIONS', 'WELLNESS')),
    CONSTRAINT ck_pending_import_rows CHECK (row_count > 0)
);
CREATE INDEX ix_pending_import_team ON pending_import (team_id);
-- The clean-up job deletes expired imports.
CREATE INDEX ix_pending_import_expires ON pending_import (expires_at);
