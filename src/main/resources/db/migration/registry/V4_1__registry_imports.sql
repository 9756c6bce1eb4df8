-- One row per file offered to the registry (division table, resident extract, change events,
-- disqualification notices). Progress is written here in its own short transactions while the
-- import itself runs in one long transaction, so the upload page can poll it. The report holds
-- line/column/code only: never a resident registration number, name or address.
CREATE TABLE registry_imports (
    id             UUID PRIMARY KEY,
    kind           TEXT NOT NULL CHECK (kind IN ('DIVISIONS', 'EXTRACT', 'EVENTS', 'DISQUALIFICATIONS')),
    file_name      TEXT,
    sha256         TEXT NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    file_bytes     BIGINT NOT NULL,
    lines_total    BIGINT,
    status         TEXT NOT NULL CHECK (status IN ('RUNNING', 'ACCEPTED', 'REJECTED', 'DUPLICATE')),
    rows_processed BIGINT NOT NULL DEFAULT 0,
    rows_stored    BIGINT NOT NULL DEFAULT 0,
    error_count    INT NOT NULL DEFAULT 0,
    warning_count  INT NOT NULL DEFAULT 0,
    effective_date DATE,
    report         JSONB,
    started_by     TEXT NOT NULL,
    started_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at    TIMESTAMPTZ
);

-- The same file is accepted at most once per kind: a second upload is recognised by its digest.
CREATE UNIQUE INDEX registry_imports_accepted_once ON registry_imports (kind, sha256) WHERE status = 'ACCEPTED';
CREATE INDEX registry_imports_newest ON registry_imports (started_at DESC);
