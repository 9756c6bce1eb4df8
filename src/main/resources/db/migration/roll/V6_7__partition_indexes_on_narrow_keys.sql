-- A partition's indexes on narrower keys, so that a compilation builds them in about two thirds of the time
-- (docs/decisions/106, session-10 addendum; on the national list, 52 M entries, each built alone: 149 s → 98 s):
--
-- * The voter number: (precinct_id, voter_number) instead of (emd_code, precinct_seq, voter_number). A precinct
--   lies in one 읍면동, so for a placed voter the two keys say the same; sorting a bigint first instead of a
--   char(10) halves the build (55 → 25 s). A voter whose 읍면동 has no precinct (decision 100: precinct_seq 0, no
--   precinct_id) is numbered within the 읍면동: emd_code is the key's third column, and NULLS NOT DISTINCT makes
--   (NULL, number, 읍면동) unique too. Voters only (the excluded have no number).
-- * The name search: voters only (identification by name and birth date finds voters only), and the name
--   compared byte by byte (COLLATE "C": for equality, the same answer as the database's collation); 46 → 34 s.
-- * The id: only the excluded are read by id (the officer's pages of one reason, in id order); every change of an
--   entry finds it by its person. Ids come from a sequence and are never reused, as before; 16 → ≈ 7 s.
CREATE OR REPLACE FUNCTION roll_index_partition_half(partition regclass, half integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    name text := (SELECT relname FROM pg_class WHERE oid = partition);
BEGIN
    IF half = 1 THEN
        -- A person at most once per election; the integrated voters list finds them in one probe.
        EXECUTE format('CREATE UNIQUE INDEX %I ON %s (rrn_lookup)', name || '_person', partition);
        -- A voter number is unique within its precinct, or within its 읍면동 for a voter without precinct.
        EXECUTE format('CREATE UNIQUE INDEX %I ON %s (precinct_id, voter_number, emd_code) NULLS NOT DISTINCT '
                       'WHERE voter_number IS NOT NULL', name || '_number', partition);
    ELSIF half = 2 THEN
        -- Identification by name and birth date (a voter without their card).
        EXECUTE format('CREATE INDEX %I ON %s (birth_date, name COLLATE "C") WHERE exclusion IS NULL',
                       name || '_birth_name', partition);
        -- The excluded of one reason, a page at a time.
        EXECUTE format('CREATE UNIQUE INDEX %I ON %s (exclusion, id) WHERE exclusion IS NOT NULL',
                       name || '_excluded', partition);
    ELSE
        RAISE EXCEPTION 'no half % of a partition''s indexes', half;
    END IF;
END $$;

-- The lists already compiled get the new indexes (dropping every index of the partition: their names follow the
-- table's name at the time it was built, not the partition's).
DO $$
DECLARE
    part regclass;
    idx regclass;
BEGIN
    FOR part IN SELECT inhrelid::regclass FROM pg_inherits WHERE inhparent = 'roll_entries'::regclass LOOP
        FOR idx IN SELECT indexrelid::regclass FROM pg_index WHERE indrelid = part LOOP
            EXECUTE format('DROP INDEX %s', idx);
        END LOOP;
        PERFORM roll_index_partition(part);
    END LOOP;
END $$;

-- A court-ordered addition's number follows the last number of its precinct (or of its 읍면동 for a voter
-- without precinct), found by the voter-number index above.
CREATE OR REPLACE FUNCTION roll_additions_checked() RETURNS trigger LANGUAGE plpgsql AS $$
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
    IF NEW.precinct_id IS NOT NULL AND EXISTS (
            SELECT 1 FROM roll_entries WHERE election_id = NEW.election_id AND precinct_id = NEW.precinct_id
            AND voter_number >= NEW.voter_number)
       OR NEW.precinct_id IS NULL AND EXISTS (
            SELECT 1 FROM roll_entries WHERE election_id = NEW.election_id AND precinct_id IS NULL
            AND emd_code = NEW.emd_code AND voter_number >= NEW.voter_number) THEN
        RAISE EXCEPTION 'an added voter''s number follows the last number of the precinct' USING ERRCODE = 'unique_violation';
    END IF;
    RETURN NEW;
END $$;
