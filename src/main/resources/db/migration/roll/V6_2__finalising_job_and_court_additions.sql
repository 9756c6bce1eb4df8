-- Finalisation as a background job (docs/decisions/102) and court-ordered additions after
-- finalisation (docs/decisions/103).

-- FINALISING: a finalisation job is digesting the list. Nothing may change the list meanwhile
-- (the triggers below treat it as frozen); the job then sets FINALISED, or COMPILED again if it failed.
ALTER TABLE voters_lists DROP CONSTRAINT voters_lists_status_check;
ALTER TABLE voters_lists ADD CONSTRAINT voters_lists_status_check CHECK (status IN ('COMPILED', 'FINALISING', 'FINALISED'));

ALTER TABLE roll_jobs DROP CONSTRAINT roll_jobs_kind_check;
ALTER TABLE roll_jobs ADD CONSTRAINT roll_jobs_kind_check CHECK (kind IN ('COMPILE', 'LISTS', 'FINALISE'));

CREATE OR REPLACE FUNCTION roll_entries_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    election uuid := CASE WHEN TG_OP = 'INSERT' THEN NEW.election_id ELSE OLD.election_id END;
BEGIN
    IF EXISTS (SELECT 1 FROM voters_lists WHERE election_id = election AND status IN ('FINALISING', 'FINALISED')) THEN
        RAISE EXCEPTION 'the voters list of election % is finalised (or being finalised) and cannot change', election
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

CREATE OR REPLACE FUNCTION roll_children_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    election uuid := CASE WHEN TG_OP = 'INSERT' THEN NEW.election_id ELSE OLD.election_id END;
BEGIN
    IF EXISTS (SELECT 1 FROM voters_lists WHERE election_id = election AND status IN ('FINALISING', 'FINALISED')) THEN
        RAISE EXCEPTION 'the voters list of election % is finalised (or being finalised) and cannot change', election
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

-- While FINALISING, the row may only leave that state: to FINALISED (with the digest the job took)
-- or back to COMPILED (the job failed); counts, reference date and compilations stay as they were.
CREATE OR REPLACE FUNCTION voters_lists_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'FINALISED' THEN
        RAISE EXCEPTION 'the voters list of election % is finalised and cannot change', OLD.election_id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF OLD.status = 'FINALISING' AND (TG_OP = 'DELETE' OR NEW.status = 'FINALISING'
            OR NEW.residents <> OLD.residents OR NEW.voters <> OLD.voters OR NEW.reference_date <> OLD.reference_date
            OR NEW.compilations <> OLD.compilations OR NEW.compiled_at <> OLD.compiled_at
            OR (NEW.status = 'COMPILED' AND NEW.digest <> OLD.digest)) THEN
        RAISE EXCEPTION 'the voters list of election % is being finalised and cannot change', OLD.election_id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

-- A court may order a wrongly omitted person added after finalisation: a correction version of kind
-- COURT_ORDER_ADDITION with the added entry in roll_additions. A person has at most one blocking
-- correction and at most one addition per election (an added voter may still be blocked later).
ALTER TABLE roll_corrections DROP CONSTRAINT roll_corrections_kind_check;
ALTER TABLE roll_corrections ADD CONSTRAINT roll_corrections_kind_check
    CHECK (kind IN ('DECEASED_AFTER_FINALISATION', 'COURT_ORDER_REMOVAL', 'COURT_ORDER_ADDITION'));
ALTER TABLE roll_corrections DROP CONSTRAINT roll_corrections_election_id_rrn_lookup_key;
CREATE UNIQUE INDEX roll_corrections_one_block ON roll_corrections (election_id, rrn_lookup)
    WHERE kind <> 'COURT_ORDER_ADDITION';
CREATE UNIQUE INDEX roll_corrections_one_addition ON roll_corrections (election_id, rrn_lookup)
    WHERE kind = 'COURT_ORDER_ADDITION';

-- The entries added by court order, with the columns of roll_entries (always on the list). Their
-- numbers follow the last number of their precinct; the finalised entries are never touched.
CREATE TABLE roll_additions (
    election_id        uuid NOT NULL,
    version            integer NOT NULL,
    id                 bigint NOT NULL DEFAULT nextval('roll_entry_ids') UNIQUE,
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
    constituency_vote  boolean NOT NULL,
    precinct_id        bigint,
    precinct_seq       integer NOT NULL,
    voter_number       integer NOT NULL CHECK (voter_number >= 1),
    remarks            text,
    PRIMARY KEY (election_id, version),
    FOREIGN KEY (election_id, version) REFERENCES roll_corrections (election_id, version),
    UNIQUE (election_id, rrn_lookup),
    UNIQUE (election_id, emd_code, precinct_seq, voter_number)
);

-- An addition only to a finalised list, never for someone on it, never with a number already given.
CREATE FUNCTION roll_additions_checked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        RAISE EXCEPTION 'roll_additions is append-only';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM voters_lists WHERE election_id = NEW.election_id AND status = 'FINALISED') THEN
        RAISE EXCEPTION 'additions are recorded against a finalised list only' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF EXISTS (SELECT 1 FROM roll_entries WHERE election_id = NEW.election_id AND rrn_lookup = NEW.rrn_lookup
               AND exclusion IS NULL) THEN
        RAISE EXCEPTION 'the person is already on the list' USING ERRCODE = 'unique_violation';
    END IF;
    IF EXISTS (SELECT 1 FROM roll_entries WHERE election_id = NEW.election_id AND emd_code = NEW.emd_code
               AND precinct_seq = NEW.precinct_seq AND voter_number >= NEW.voter_number) THEN
        RAISE EXCEPTION 'an added voter''s number follows the last number of the precinct' USING ERRCODE = 'unique_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER roll_additions_checked BEFORE INSERT OR UPDATE OR DELETE ON roll_additions
    FOR EACH ROW EXECUTE FUNCTION roll_additions_checked();

-- The voters of a list as issuance and the election-day lists see them: the compiled entries and the
-- court-ordered additions (exclusion IS NULL there).
CREATE VIEW roll_voters AS
SELECT election_id, id, resident_id, rrn_lookup, rrn_masked, name, birth_date, sex, nationality, emd_code, address,
       residence_type, exclusion, constituency_vote, precinct_id, precinct_seq, voter_number, remarks
FROM roll_entries
UNION ALL
SELECT election_id, id, resident_id, rrn_lookup, rrn_masked, name, birth_date, sex, nationality, emd_code, address,
       residence_type, NULL::text, constituency_vote, precinct_id, precinct_seq, voter_number, remarks
FROM roll_additions;
