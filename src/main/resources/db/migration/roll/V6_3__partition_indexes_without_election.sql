-- Each partition of roll_entries holds exactly one election, so its indexes need not begin with
-- election_id. With that constant first column a B-tree build cannot use abbreviated sort keys and
-- compares the same uuid on every step: building the four indexes of a 5 M-row list took 16 s with
-- it and about half without (docs/decisions/106-roll-partition-indexes.md). The parent therefore has
-- no indexes; every partition gets its own from roll_index_partition, which the compilation (and
-- anything else that creates a partition) calls. Uniqueness per election is still enforced by the
-- database: per partition, and a partition is one election.
CREATE FUNCTION roll_index_partition(partition regclass) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    name text := (SELECT relname FROM pg_class WHERE oid = partition);
BEGIN
    -- A person at most once per election; the integrated voters list finds them in one probe.
    EXECUTE format('CREATE UNIQUE INDEX %I ON %s (rrn_lookup)', name || '_person', partition);
    -- A voter number is unique within its precinct (precinct_seq: the precinct's place in its 읍면동).
    EXECUTE format('CREATE UNIQUE INDEX %I ON %s (emd_code, precinct_seq, voter_number)', name || '_number', partition);
    EXECUTE format('CREATE UNIQUE INDEX %I ON %s (id)', name || '_id', partition);
    -- Identification by name and birth date (a voter without their card).
    EXECUTE format('CREATE INDEX %I ON %s (birth_date, name)', name || '_birth_name', partition);
END $$;

DROP INDEX roll_entries_person, roll_entries_number, roll_entries_id, roll_entries_birth_name;

SELECT roll_index_partition(inhrelid::regclass) FROM pg_inherits WHERE inhparent = 'roll_entries'::regclass;

-- A field of the canonical form of a voters list (docs/formats/voters-list-digest.md): backslash, bar
-- and line breaks escaped so that fields never run into each other. The digest's lines are written by
-- the database and only hashed by the application.
CREATE FUNCTION roll_digest_field(field text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT replace(replace(replace(replace(field, '\', '\\'), '|', '\|'), E'\n', '\n'), E'\r', '\r')
$$;
