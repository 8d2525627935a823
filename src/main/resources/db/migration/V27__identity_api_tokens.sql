-- Personal API tokens: a person's own credential for scripts and integrations, sent as
-- "Authorization: Bearer dj_…" on /api/** only. The token itself is shown once and never stored: only its
-- SM3 digest (unique, so one indexed lookup authenticates a request without BCrypt) and a short,
-- non-secret prefix to recognise it in the list. A revoked token stays listed (who revoked it, when).
CREATE TABLE api_token (
    id              bigserial   PRIMARY KEY,
    user_id         bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name            text        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 50),
    token_hash      char(64)    NOT NULL UNIQUE,
    prefix          text        NOT NULL CHECK (char_length(prefix) <= 16),
    created_at      timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL CHECK (expires_at > created_at),
    last_used_at    timestamptz,
    last_used_from  text,
    revoked_at      timestamptz,
    revoked_by      text
);
CREATE INDEX api_token_user ON api_token (user_id, id);
