-- The election experience room (체험관): sandboxed demo sessions with their own fictional voters,
-- identifications and issuances. Nothing here refers to, or is read with, the real registry, voters
-- lists, early-voting or turnout tables (docs/decisions/160-experience-room-sandbox.md).

-- A demo session run by a visits officer, optionally for a visit (visit_id is a plain reference:
-- the visits desk starts it, the experience room never reads the visits tables).
CREATE TABLE xp_sessions (
    id               uuid PRIMARY KEY,
    scenario         text NOT NULL CHECK (scenario IN ('PRESIDENTIAL', 'NATIONAL_ASSEMBLY', 'LOCAL')),
    title            text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
    language         text NOT NULL CHECK (language IN ('ko', 'en')),
    guests           integer NOT NULL CHECK (guests BETWEEN 1 AND 200),
    visit_id         uuid,
    owner            text NOT NULL,
    status           text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED')),
    created_at       timestamptz NOT NULL,
    closed_at        timestamptz,
    resets           integer NOT NULL DEFAULT 0,
    CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL))
);
CREATE INDEX xp_sessions_created ON xp_sessions (created_at);
CREATE INDEX xp_sessions_visit ON xp_sessions (visit_id) WHERE visit_id IS NOT NULL;

-- Fictional demo voters. Their demo numbers (RRN-like, marked by the reserved digits 999 after the
-- century/sex digit) are kept as the real system keeps numbers: AES-GCM ciphertext, keyed lookup
-- hash and the masked form.
CREATE TABLE xp_voters (
    session_id       uuid NOT NULL REFERENCES xp_sessions (id) ON DELETE CASCADE,
    seq              integer NOT NULL CHECK (seq >= 1),
    name_ko          text NOT NULL,
    name_en          text NOT NULL,
    birth_date       date NOT NULL,
    number_lookup    bytea NOT NULL,
    number_encrypted bytea NOT NULL,
    number_masked    text NOT NULL,
    blocked_reason   text,
    PRIMARY KEY (session_id, seq),
    UNIQUE (session_id, number_lookup)
);

-- One answer of the kiosk about one card at one of the two demo stations.
CREATE TABLE xp_identifications (
    id               uuid PRIMARY KEY,
    session_id       uuid NOT NULL REFERENCES xp_sessions (id) ON DELETE CASCADE,
    station          text NOT NULL CHECK (station IN ('IN_DISTRICT', 'OUT_OF_DISTRICT')),
    voter_seq        integer,
    status           text NOT NULL CHECK (status IN ('ELIGIBLE', 'ALREADY_ISSUED', 'NOT_ON_LIST', 'BLOCKED')),
    identified_at    timestamptz NOT NULL,
    FOREIGN KEY (session_id, voter_seq) REFERENCES xp_voters (session_id, seq) ON DELETE CASCADE,
    CHECK (status = 'NOT_ON_LIST' OR voter_seq IS NOT NULL)
);
CREATE INDEX xp_identifications_session ON xp_identifications (session_id, identified_at);

-- The demo issuance: at most one per demo voter and session, guarded by this unique key.
CREATE TABLE xp_issuances (
    id                 uuid PRIMARY KEY,
    session_id         uuid NOT NULL REFERENCES xp_sessions (id) ON DELETE CASCADE,
    voter_seq          integer NOT NULL,
    identification_id  uuid NOT NULL REFERENCES xp_identifications (id) ON DELETE CASCADE,
    station            text NOT NULL CHECK (station IN ('IN_DISTRICT', 'OUT_OF_DISTRICT')),
    in_district        boolean NOT NULL,
    envelope_code      text,
    issued_at          timestamptz NOT NULL,
    CONSTRAINT xp_issuances_once_per_voter UNIQUE (session_id, voter_seq),
    FOREIGN KEY (session_id, voter_seq) REFERENCES xp_voters (session_id, seq) ON DELETE CASCADE,
    CHECK (in_district = (envelope_code IS NULL))
);

-- A second issuance refused by the key above.
CREATE TABLE xp_refusals (
    id                 uuid PRIMARY KEY,
    session_id         uuid NOT NULL REFERENCES xp_sessions (id) ON DELETE CASCADE,
    identification_id  uuid NOT NULL REFERENCES xp_identifications (id) ON DELETE CASCADE,
    voter_seq          integer NOT NULL,
    station            text NOT NULL,
    refused_at         timestamptz NOT NULL
);
CREATE INDEX xp_refusals_session ON xp_refusals (session_id);

-- Idempotency-Key of a demo issuance request: a retry gets the stored outcome.
CREATE TABLE xp_idempotency_keys (
    session_id         uuid NOT NULL REFERENCES xp_sessions (id) ON DELETE CASCADE,
    idempotency_key    text NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 200),
    identification_id  uuid NOT NULL,
    outcome            text CHECK (outcome IN ('ISSUED', 'ALREADY_ISSUED')),
    issuance_id        uuid,
    created_at         timestamptz NOT NULL,
    PRIMARY KEY (session_id, idempotency_key)
);
