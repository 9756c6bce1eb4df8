-- Appends land here, in the caller's transaction, without any shared lock (decision 007). One chainer
-- at a time moves them into audit_log in id order, computing the hash chain, and deletes them here in
-- the same transaction. The inbox therefore cannot carry audit_log's append-only trigger: an entry is
-- tamper-evident from the moment it is chained (normally well under a second after its commit).
CREATE TABLE audit_inbox (
    id             BIGSERIAL PRIMARY KEY,
    occurred_at    TIMESTAMPTZ NOT NULL,
    actor          TEXT NOT NULL,
    action         TEXT NOT NULL,
    target         TEXT,
    outcome        TEXT NOT NULL CHECK (outcome IN ('SUCCESS', 'FAILURE', 'DENIED')),
    remote_address TEXT,
    details        TEXT NOT NULL
);
