-- Accounts (issue 4): what the users table of V1 lacks, one-time password-reset tokens, an
-- audit trail of security events, and the tables of Spring Session JDBC (page sessions shared by
-- every web-app instance). Numbered from V20 because V2..V19 are taken by work in parallel; this
-- migration depends on V1 only.

ALTER TABLE users ADD COLUMN last_login_at       timestamptz;
ALTER TABLE users ADD COLUMN password_changed_at timestamptz NOT NULL DEFAULT now();
CREATE INDEX users_role_idx ON users (role);

-- Only a SHA-256 of the emailed token is stored: a database leak does not hand out resets.
CREATE TABLE password_reset_tokens (
    token_hash text PRIMARY KEY,
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);
CREATE INDEX password_reset_tokens_user_idx ON password_reset_tokens (user_id);

-- Security events (ASVS V7.2): who, what, from where; never a password or a token.
CREATE TABLE security_events (
    id         bigserial PRIMARY KEY,
    user_id    uuid REFERENCES users (id) ON DELETE SET NULL,
    kind       text        NOT NULL,
    ip         text,
    detail     text,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX security_events_user_idx ON security_events (user_id, created_at DESC);

-- Spring Session JDBC 4.0 (schema-postgresql.sql of spring-session-jdbc), managed here rather than
-- by Spring Session's own initializer so that every instance sees one migrated schema.
CREATE TABLE spring_session (
    primary_id            char(36)     NOT NULL,
    session_id            char(36)     NOT NULL,
    creation_time         bigint       NOT NULL,
    last_access_time      bigint       NOT NULL,
    max_inactive_interval int          NOT NULL,
    expiry_time           bigint       NOT NULL,
    principal_name        varchar(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id char(36)     NOT NULL,
    attribute_name     varchar(200) NOT NULL,
    attribute_bytes    bytea        NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES spring_session (primary_id) ON DELETE CASCADE
);
