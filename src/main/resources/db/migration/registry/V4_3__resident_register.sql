-- The resident register, kept so that it can be rebuilt as it stood on any date (the voters list is
-- compiled "as of the reference date"): a person's unchanging identity in residents, and what the
-- register said about them in resident_facts, each fact valid from a date until the next one
-- (valid_to exclusive, NULL while current). Extracts open facts; change events close one and open
-- the next. docs/decisions/020-resident-register-tables.md explains the choice.
--
-- Registration numbers are never stored in clear: rrn_encrypted (AES-GCM, key outside the database),
-- rrn_lookup (HMAC-SHA-256, for finding a person by number) and rrn_masked (900101-1******).
CREATE TABLE residents (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    rrn_lookup    BYTEA NOT NULL UNIQUE CHECK (octet_length(rrn_lookup) = 32),
    rrn_encrypted BYTEA NOT NULL,
    rrn_masked    TEXT NOT NULL CHECK (rrn_masked ~ '^[0-9]{6}-[0-9]\*{6}$'),
    birth_date    DATE NOT NULL,
    sex           CHAR(1) NOT NULL CHECK (sex IN ('M', 'F')),
    deceased_on   DATE CHECK (deceased_on >= birth_date),
    first_import  UUID NOT NULL -- the import that brought the person in (provenance; not a foreign key, see decision 020)
);

CREATE TABLE resident_facts (
    resident_id               BIGINT NOT NULL, -- residents.id; not a foreign key (bulk load cost, decision 020)
    valid_from                DATE NOT NULL,
    valid_to                  DATE,
    name                      TEXT NOT NULL CHECK (name <> ''),
    nationality               CHAR(2) NOT NULL CHECK (nationality ~ '^[A-Z]{2}$'),
    emd_code                  TEXT NOT NULL CHECK (emd_code ~ '^[0-9]{10}$'),
    address                   TEXT NOT NULL CHECK (address <> ''),
    registered_since          DATE NOT NULL,
    residence_type            TEXT NOT NULL CHECK (residence_type IN ('DOMESTIC', 'OVERSEAS_REGISTERED', 'FOREIGN_RESIDENT')),
    permanent_residence_since DATE,
    source_import             UUID NOT NULL, -- provenance, like residents.first_import
    source_event              TEXT,
    PRIMARY KEY (resident_id, valid_from),
    -- An empty range [d, d) is allowed: a death on the day a fact began leaves it valid on no day.
    CONSTRAINT resident_facts_range CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT resident_facts_foreigners CHECK ((residence_type = 'FOREIGN_RESIDENT') = (nationality <> 'KR')),
    CONSTRAINT resident_facts_permanent_residence CHECK (permanent_residence_since IS NULL OR residence_type = 'FOREIGN_RESIDENT')
);

-- At most one current fact per person.
CREATE UNIQUE INDEX resident_facts_current ON resident_facts (resident_id) WHERE valid_to IS NULL;

-- Each full extract: the date the register is stated as of. A later extract must be newer.
CREATE TABLE resident_extracts (
    extract_date DATE PRIMARY KEY,
    import_id    UUID NOT NULL UNIQUE REFERENCES registry_imports (id),
    residents    BIGINT NOT NULL
);

-- Change events applied, by the ministry's event id: replaying one is recognised (row_digest is a
-- keyed hash of the row, so equal rows are recognised without keeping the number in clear).
CREATE TABLE resident_events (
    event_id       TEXT PRIMARY KEY,
    resident_id    BIGINT NOT NULL REFERENCES residents (id),
    type           TEXT NOT NULL CHECK (type IN ('MOVE', 'DEATH', 'NATURALISATION', 'NATIONALITY_LOST',
                                                 'NAME_CHANGE', 'NEW_REGISTRATION')),
    effective_date DATE NOT NULL,
    row_digest     BYTEA NOT NULL,
    import_id      UUID NOT NULL REFERENCES registry_imports (id),
    applied_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX resident_events_by_resident ON resident_events (resident_id, effective_date);

-- Disqualification notices from courts and prosecutors. A notice is identified by number, kind and
-- reference (case number); a later notice with the same identity replaces the dates (e.g. a pardon).
-- until_date is the last day of the disqualification (inclusive); NULL while not yet known.
CREATE TABLE disqualifications (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    rrn_lookup    BYTEA NOT NULL CHECK (octet_length(rrn_lookup) = 32),
    rrn_encrypted BYTEA NOT NULL,
    rrn_masked    TEXT NOT NULL CHECK (rrn_masked ~ '^[0-9]{6}-[0-9]\*{6}$'),
    kind          TEXT NOT NULL CHECK (kind IN ('PRISON_SENTENCE', 'ELECTION_FINE', 'ELECTION_PRISON', 'OTHER_STATUTORY')),
    from_date     DATE NOT NULL,
    until_date    DATE CHECK (until_date >= from_date),
    reference     TEXT NOT NULL CHECK (reference <> ''),
    import_id     UUID NOT NULL REFERENCES registry_imports (id),
    UNIQUE (rrn_lookup, kind, reference)
);

CREATE INDEX disqualifications_by_lookup ON disqualifications (rrn_lookup);

-- The published, set-based views for other modules (the voters list compiles 52 M rows in SQL):
-- the register as it stood on a date, and the disqualifications in force on a date. Plain SQL
-- functions, so the planner inlines them into the caller's query.
CREATE FUNCTION registry_residents_as_of(on_date DATE)
    RETURNS TABLE (resident_id BIGINT, rrn_lookup BYTEA, rrn_encrypted BYTEA, rrn_masked TEXT, name TEXT,
                   birth_date DATE, sex CHAR(1), nationality CHAR(2), emd_code TEXT, address TEXT,
                   registered_since DATE, residence_type TEXT, permanent_residence_since DATE, deceased_on DATE)
    LANGUAGE sql STABLE AS
$$
SELECT r.id, r.rrn_lookup, r.rrn_encrypted, r.rrn_masked, f.name, r.birth_date, r.sex, f.nationality, f.emd_code,
       f.address, f.registered_since, f.residence_type, f.permanent_residence_since, r.deceased_on
FROM resident_facts f
JOIN residents r ON r.id = f.resident_id
WHERE f.valid_from <= on_date AND (f.valid_to IS NULL OR f.valid_to > on_date)
$$;

CREATE FUNCTION registry_disqualifications_in_force(on_date DATE)
    RETURNS TABLE (rrn_lookup BYTEA, rrn_masked TEXT, kind TEXT, from_date DATE, until_date DATE, reference TEXT)
    LANGUAGE sql STABLE AS
$$
SELECT d.rrn_lookup, d.rrn_masked, d.kind, d.from_date, d.until_date, d.reference
FROM disqualifications d
WHERE d.from_date <= on_date AND (d.until_date IS NULL OR d.until_date >= on_date)
$$;
