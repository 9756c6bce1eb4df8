-- Voters lists (선거인명부), one per election. docs/decisions/101-voters-list-storage.md explains the shape.
--
-- voters_lists: the list's state. A list exists once compiled; it is a draft (COMPILED) until it is
-- FINALISED, after which neither the list nor its entries change (triggers below).
CREATE TABLE voters_lists (
    election_id     uuid PRIMARY KEY REFERENCES elections (id),
    status          text NOT NULL CHECK (status IN ('COMPILED', 'FINALISED')),
    reference_date  date NOT NULL,
    compiled_at     timestamptz NOT NULL,
    compiled_by     text NOT NULL,
    compilations    integer NOT NULL DEFAULT 1,
    residents       bigint NOT NULL,
    voters          bigint NOT NULL,
    digest          text NOT NULL CHECK (digest ~ '^[0-9a-f]{64}$'),
    finalised_at    timestamptz,
    finalised_by    text,
    CHECK ((status = 'FINALISED') = (finalised_at IS NOT NULL))
);

-- Every resident on the register at the reference date, once per election: on the list (exclusion
-- IS NULL, with precinct and voter number) or excluded with a reason code. Partitioned by election so
-- that a (re)compilation builds a new partition beside the old one and swaps it in at the end: the
-- draft stays readable while a national list (52 M rows) is being built.
CREATE TABLE roll_entries (
    election_id        uuid NOT NULL,
    id                 bigint NOT NULL,
    resident_id        bigint NOT NULL,
    rrn_lookup         bytea NOT NULL,
    rrn_masked         text NOT NULL,
    name               text NOT NULL,
    birth_date         date NOT NULL,
    sex                char(1) NOT NULL,
    nationality        char(2) NOT NULL,
    emd_code           char(10) NOT NULL,
    address            text NOT NULL,
    residence_type     text NOT NULL,
    exclusion          text CHECK (exclusion IN ('DECEASED', 'NOT_NATIONAL', 'FOREIGN_NOT_ELIGIBLE', 'UNDER_AGE',
                                                 'DISQUALIFIED', 'OVERSEAS_NOT_YET_3_MONTHS', 'REMOVED_BY_OBJECTION')),
    constituency_vote  boolean NOT NULL,
    precinct_id        bigint,
    precinct_seq       integer,
    voter_number       integer,
    remarks            text,
    CHECK ((exclusion IS NULL) = (voter_number IS NOT NULL)),
    CHECK (precinct_seq IS NULL OR voter_number IS NOT NULL)
) PARTITION BY LIST (election_id);

-- A person at most once per election; the integrated voters list finds them by this key in one probe.
CREATE UNIQUE INDEX roll_entries_person ON roll_entries (election_id, rrn_lookup);
-- A voter number is unique within its precinct (precinct_seq: the precinct's place in its 읍면동).
CREATE UNIQUE INDEX roll_entries_number ON roll_entries (election_id, emd_code, precinct_seq, voter_number);
CREATE UNIQUE INDEX roll_entries_id ON roll_entries (election_id, id);
-- Identification by name and birth date (a voter without their card).
CREATE INDEX roll_entries_birth_name ON roll_entries (election_id, birth_date, name);

-- Entry ids: public, unique across elections, never reused.
CREATE SEQUENCE roll_entry_ids CACHE 1000;

-- The precincts of the election as the compilation used them (from the election module's Precincts
-- API), with each precinct's share of its 읍면동's reference electorate: docs/decisions/100.
CREATE TABLE roll_precincts (
    election_id    uuid NOT NULL REFERENCES elections (id),
    precinct_id    bigint NOT NULL,
    emd_code       char(10) NOT NULL,
    seq            integer NOT NULL CHECK (seq >= 1),
    name           text NOT NULL,
    polling_place  text NOT NULL,
    cum_before     bigint NOT NULL,
    cum            bigint NOT NULL,
    total          bigint NOT NULL CHECK (total > 0),
    PRIMARY KEY (election_id, precinct_id),
    UNIQUE (election_id, emd_code, seq)
);

-- The contests a voter of one 읍면동 votes in (resolved once per 읍면동 through the election module).
CREATE TABLE roll_emd_contests (
    election_id        uuid NOT NULL REFERENCES elections (id),
    emd_code           char(10) NOT NULL,
    constituency_vote  boolean NOT NULL,
    contest_ids        uuid[] NOT NULL,
    PRIMARY KEY (election_id, emd_code, constituency_vote)
);

-- Counts for statistics, at the finest level (precinct); every coarser figure is a sum of these.
CREATE TABLE roll_tallies (
    election_id        uuid NOT NULL REFERENCES elections (id),
    emd_code           char(10) NOT NULL,
    precinct_id        bigint,
    constituency_vote  boolean NOT NULL,
    exclusion          text,
    sex                char(1) NOT NULL,
    age_band           text NOT NULL,
    residence_type     text NOT NULL,
    people             bigint NOT NULL
);
CREATE INDEX roll_tallies_election ON roll_tallies (election_id, emd_code);

-- Background jobs (compilation, election-day lists). The database owns the queue: a worker claims a
-- job with SELECT ... FOR UPDATE SKIP LOCKED, so only one instance runs it.
CREATE TABLE roll_jobs (
    id            uuid PRIMARY KEY,
    election_id   uuid NOT NULL REFERENCES elections (id),
    kind          text NOT NULL CHECK (kind IN ('COMPILE', 'LISTS')),
    parameter     text,
    status        text NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    progress      integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    step          text NOT NULL DEFAULT 'QUEUED',
    message       text,
    result_file   text,
    requested_by  text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    started_at    timestamptz,
    heartbeat_at  timestamptz,
    finished_at   timestamptz
);
-- One compilation of an election at a time.
CREATE UNIQUE INDEX roll_jobs_one_active ON roll_jobs (election_id, kind) WHERE status IN ('QUEUED', 'RUNNING');
CREATE INDEX roll_jobs_queue ON roll_jobs (created_at) WHERE status IN ('QUEUED', 'RUNNING');

-- Objections (이의신청) during inspection, decided by a roll officer.
CREATE TABLE roll_objections (
    id             uuid PRIMARY KEY,
    election_id    uuid NOT NULL REFERENCES elections (id),
    kind           text NOT NULL CHECK (kind IN ('OMISSION', 'WRONG_DETAILS', 'INELIGIBLE_ENTRY')),
    rrn_lookup     bytea NOT NULL,
    rrn_masked     text NOT NULL,
    claim          text NOT NULL CHECK (length(btrim(claim)) BETWEEN 1 AND 2000),
    filed_by       text NOT NULL,
    filed_at       timestamptz NOT NULL DEFAULT now(),
    status         text NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED')),
    decision       text,
    decided_by     text,
    decided_at     timestamptz,
    CHECK ((status = 'PENDING') = (decided_at IS NULL)),
    CHECK (status = 'PENDING' OR length(btrim(decision)) > 0)
);
CREATE INDEX roll_objections_election ON roll_objections (election_id, filed_at);

-- Corrections after finalisation: each is a new version of the list recorded against the finalised
-- one (its digest), never an edit. A BLOCK stops ballot issuance to the person.
CREATE TABLE roll_corrections (
    election_id     uuid NOT NULL REFERENCES voters_lists (election_id),
    version         integer NOT NULL CHECK (version >= 2),
    rrn_lookup      bytea NOT NULL,
    rrn_masked      text NOT NULL,
    kind            text NOT NULL CHECK (kind IN ('DECEASED_AFTER_FINALISATION', 'COURT_ORDER_REMOVAL')),
    reason          text NOT NULL CHECK (length(btrim(reason)) > 0),
    parent_digest   text NOT NULL,
    recorded_by     text NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (election_id, version),
    UNIQUE (election_id, rrn_lookup)
);

-- Public self-lookups, for rate limiting (keyed hash of the caller's address, never the address).
CREATE TABLE roll_inspection_attempts (
    caller_hash   bytea NOT NULL,
    attempted_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX roll_inspection_attempts_caller ON roll_inspection_attempts (caller_hash, attempted_at);

-- Finalisation freezes the list: no change through any path. Entries of a finalised list cannot be
-- inserted, updated or deleted, and a finalised list's row keeps its digest and status.
CREATE FUNCTION roll_entries_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    election uuid := CASE WHEN TG_OP = 'INSERT' THEN NEW.election_id ELSE OLD.election_id END;
BEGIN
    IF EXISTS (SELECT 1 FROM voters_lists WHERE election_id = election AND status = 'FINALISED') THEN
        RAISE EXCEPTION 'the voters list of election % is finalised and cannot change', election
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER roll_entries_frozen BEFORE INSERT OR UPDATE OR DELETE ON roll_entries
    FOR EACH ROW EXECUTE FUNCTION roll_entries_frozen();

CREATE FUNCTION voters_lists_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'FINALISED' THEN
        RAISE EXCEPTION 'the voters list of election % is finalised and cannot change', OLD.election_id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER voters_lists_frozen BEFORE UPDATE OR DELETE ON voters_lists
    FOR EACH ROW EXECUTE FUNCTION voters_lists_frozen();

-- Objections and tallies of a finalised list stay as they were too.
CREATE FUNCTION roll_children_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    election uuid := CASE WHEN TG_OP = 'INSERT' THEN NEW.election_id ELSE OLD.election_id END;
BEGIN
    IF EXISTS (SELECT 1 FROM voters_lists WHERE election_id = election AND status = 'FINALISED') THEN
        RAISE EXCEPTION 'the voters list of election % is finalised and cannot change', election
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER roll_tallies_frozen BEFORE INSERT OR UPDATE OR DELETE ON roll_tallies
    FOR EACH ROW EXECUTE FUNCTION roll_children_frozen();
CREATE TRIGGER roll_emd_contests_frozen BEFORE INSERT OR UPDATE OR DELETE ON roll_emd_contests
    FOR EACH ROW EXECUTE FUNCTION roll_children_frozen();
CREATE TRIGGER roll_precincts_frozen BEFORE INSERT OR UPDATE OR DELETE ON roll_precincts
    FOR EACH ROW EXECUTE FUNCTION roll_children_frozen();
CREATE TRIGGER roll_objections_frozen BEFORE INSERT OR UPDATE OR DELETE ON roll_objections
    FOR EACH ROW EXECUTE FUNCTION roll_children_frozen();

-- Corrections are append-only.
CREATE FUNCTION roll_corrections_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'roll_corrections is append-only';
END $$;
CREATE TRIGGER roll_corrections_append_only BEFORE UPDATE OR DELETE ON roll_corrections
    FOR EACH ROW EXECUTE FUNCTION roll_corrections_append_only();

-- A finalised partition cannot be truncated or dropped by the compiler either: the swap refuses it
-- (RollCompilation checks the status under a row lock), and TRUNCATE of the parent is refused here.
CREATE FUNCTION roll_entries_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM voters_lists WHERE status = 'FINALISED') THEN
        RAISE EXCEPTION 'roll_entries holds finalised lists and cannot be truncated';
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER roll_entries_no_truncate BEFORE TRUNCATE ON roll_entries
    FOR EACH STATEMENT EXECUTE FUNCTION roll_entries_no_truncate();

-- Each election's partition refuses TRUNCATE once its list is finalised (created on the partition
-- when a compilation attaches it; TG_TABLE_NAME is roll_entries_<election id without hyphens>).
CREATE FUNCTION roll_entries_partition_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM voters_lists
               WHERE replace(election_id::text, '-', '') = substr(TG_TABLE_NAME, length('roll_entries_') + 1)
                 AND status = 'FINALISED') THEN
        RAISE EXCEPTION 'the voters list in % is finalised and cannot be truncated', TG_TABLE_NAME;
    END IF;
    RETURN NULL;
END $$;
