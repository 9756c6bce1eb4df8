-- A partition's four indexes (V6_3) in two halves of about equal cost, so that a compilation can build them on
-- two connections at once: each CREATE INDEX sorts with parallel workers, but then merges and writes the index
-- in its leader alone, leaving the other core idle for about half of its time. On the national list
-- (52 M entries) the four built one after another took 147 s, two halves at once 127 s (docs/benchmarks.md,
-- session 8). Half 1: the person and the id (unique keys); half 2: the voter number and the name search.
-- roll_index_partition still builds all four, one after the other, for whoever creates a partition otherwise.
CREATE FUNCTION roll_index_partition_half(partition regclass, half integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    name text := (SELECT relname FROM pg_class WHERE oid = partition);
BEGIN
    IF half = 1 THEN
        -- A person at most once per election; the integrated voters list finds them in one probe.
        EXECUTE format('CREATE UNIQUE INDEX %I ON %s (rrn_lookup)', name || '_person', partition);
        EXECUTE format('CREATE UNIQUE INDEX %I ON %s (id)', name || '_id', partition);
    ELSIF half = 2 THEN
        -- A voter number is unique within its precinct (precinct_seq: the precinct's place in its 읍면동).
        EXECUTE format('CREATE UNIQUE INDEX %I ON %s (emd_code, precinct_seq, voter_number)', name || '_number', partition);
        -- Identification by name and birth date (a voter without their card).
        EXECUTE format('CREATE INDEX %I ON %s (birth_date, name)', name || '_birth_name', partition);
    ELSE
        RAISE EXCEPTION 'no half % of a partition''s indexes', half;
    END IF;
END $$;

CREATE OR REPLACE FUNCTION roll_index_partition(partition regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM roll_index_partition_half(partition, 1);
    PERFORM roll_index_partition_half(partition, 2);
END $$;
