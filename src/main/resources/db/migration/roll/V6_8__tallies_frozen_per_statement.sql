-- A list's tallies are frozen with it (V6_1, V6_2) by one check per statement instead of one per row. The compilation's
-- swap rewrites an election's tallies (≈ 500,000 rows for the national list): with the row trigger's look-up of the
-- list on every row, deleting and inserting them took 7.8 s of the national compile's ≈ 8 s publish step, with one
-- check per statement 3.4 s (docs/benchmarks.md, session 10). The statement still fails, and changes nothing, when any
-- of its rows belongs to a list that is finalised or being finalised: the check runs after the rows are written and
-- before the statement completes.
CREATE FUNCTION roll_children_frozen_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    election uuid;
BEGIN
    -- new_rows and old_rows are the statement's transition tables; each trigger below declares the ones its event has.
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        SELECT l.election_id INTO election FROM voters_lists l
        WHERE l.election_id IN (SELECT DISTINCT election_id FROM new_rows) AND l.status IN ('FINALISING', 'FINALISED')
        LIMIT 1;
    END IF;
    IF election IS NULL AND TG_OP IN ('DELETE', 'UPDATE') THEN
        SELECT l.election_id INTO election FROM voters_lists l
        WHERE l.election_id IN (SELECT DISTINCT election_id FROM old_rows) AND l.status IN ('FINALISING', 'FINALISED')
        LIMIT 1;
    END IF;
    IF election IS NOT NULL THEN
        RAISE EXCEPTION 'the voters list of election % is finalised (or being finalised) and cannot change', election
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NULL;
END $$;

DROP TRIGGER roll_tallies_frozen ON roll_tallies;
CREATE TRIGGER roll_tallies_frozen_insert AFTER INSERT ON roll_tallies REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION roll_children_frozen_rows();
CREATE TRIGGER roll_tallies_frozen_update AFTER UPDATE ON roll_tallies REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION roll_children_frozen_rows();
CREATE TRIGGER roll_tallies_frozen_delete AFTER DELETE ON roll_tallies REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION roll_children_frozen_rows();
