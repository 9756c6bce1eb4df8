-- A finalised list fixes its election's contests (decision 044, second session-6 addendum).

-- The contests the published draft was compiled with (ids in ascending order), stored with the list when a
-- compilation swaps it in. Finalisation compares them with the election's contests and refuses when they
-- differ: the list must be compiled again. NULL for a list finalised before this column existed.
ALTER TABLE voters_lists ADD COLUMN contest_ids uuid[];
UPDATE voters_lists l SET contest_ids = coalesce(
        (SELECT array_agg(DISTINCT x ORDER BY x) FROM roll_emd_contests c, unnest(c.contest_ids) x
         WHERE c.election_id = l.election_id AND c.constituency_vote), '{}')
WHERE l.status = 'COMPILED';

-- Once the list is finalised (or being finalised) the election's contests are fixed: none is added or
-- removed, and none changes its kind, district or election (name and ballot title may still be corrected).
-- The row lock on the list orders this against a finalisation that is comparing the contests: whichever
-- comes second sees the other's outcome.
CREATE FUNCTION contests_fixed_by_finalised_list() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    election uuid := CASE WHEN TG_OP = 'INSERT' THEN NEW.election_id ELSE OLD.election_id END;
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.election_id = OLD.election_id AND NEW.kind = OLD.kind AND NEW.areas = OLD.areas THEN
        RETURN NEW;
    END IF;
    PERFORM 1 FROM voters_lists WHERE election_id = election FOR SHARE;
    IF EXISTS (SELECT 1 FROM voters_lists WHERE election_id = election AND status IN ('FINALISING', 'FINALISED')) THEN
        RAISE EXCEPTION 'the voters list of election % is finalised (or being finalised): its contests cannot change',
            election USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER contests_fixed_by_finalised_list BEFORE INSERT OR UPDATE OR DELETE ON contests
    FOR EACH ROW EXECUTE FUNCTION contests_fixed_by_finalised_list();
