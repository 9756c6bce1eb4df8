-- The tamper-evident audit log. Each entry carries the hash of its predecessor and its own hash
-- over both; the head row holds the newest link, so that removing entries at the end is seen too.
CREATE TABLE audit_log (
    seq            BIGINT PRIMARY KEY,
    occurred_at    TIMESTAMPTZ NOT NULL,
    actor          TEXT NOT NULL,
    action         TEXT NOT NULL,
    target         TEXT,
    outcome        TEXT NOT NULL CHECK (outcome IN ('SUCCESS', 'FAILURE', 'DENIED')),
    remote_address TEXT,
    details        TEXT NOT NULL,
    prev_hash      BYTEA NOT NULL,
    hash           BYTEA NOT NULL
);
CREATE INDEX audit_log_action_idx ON audit_log (action, occurred_at);

CREATE TABLE audit_chain_head (
    id   SMALLINT PRIMARY KEY CHECK (id = 1),
    seq  BIGINT NOT NULL,
    hash BYTEA NOT NULL
);
INSERT INTO audit_chain_head (id, seq, hash) VALUES (1, 0, decode(repeat('00', 32), 'hex'));

-- Append-only through every path the application has; only someone who can drop the trigger can
-- change history, and the hash chain shows it when they do.
CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
