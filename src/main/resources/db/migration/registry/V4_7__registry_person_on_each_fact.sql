-- The few unchanging columns of a person that a voters list needs (rrn_lookup, rrn_masked, birth_date, sex)
-- also on each of the person's facts, so that reading the whole register as of a date is one scan of
-- resident_facts instead of one probe of residents' primary key per fact: on the national register the
-- probes were ≈ 4 µs each, ≈ 210 CPU-seconds of a voters-list compilation (docs/benchmarks.md, session 7;
-- decision 020, session-7 addendum). They never change for a person (they are derived from the number), so
-- the copies cannot drift: both imports write them from the person's row. Only deceased_on, which a change
-- event sets later, stays on residents alone, and the whole-register read takes it from the deceased only.
-- IF NOT EXISTS and IS NULL: a register whose facts were rewritten with these columns beforehand (as the
-- national benchmark's was, by CREATE TABLE AS: far cheaper than updating 53 M rows in place) passes through.
ALTER TABLE resident_facts
    ADD COLUMN IF NOT EXISTS rrn_lookup BYTEA,
    ADD COLUMN IF NOT EXISTS rrn_masked TEXT,
    ADD COLUMN IF NOT EXISTS birth_date DATE,
    ADD COLUMN IF NOT EXISTS sex CHAR(1);

UPDATE resident_facts f
SET rrn_lookup = r.rrn_lookup, rrn_masked = r.rrn_masked, birth_date = r.birth_date, sex = r.sex
FROM residents r
WHERE r.id = f.resident_id AND f.rrn_lookup IS NULL;

ALTER TABLE resident_facts
    ALTER COLUMN rrn_lookup SET NOT NULL,
    ALTER COLUMN rrn_masked SET NOT NULL,
    ALTER COLUMN birth_date SET NOT NULL,
    ALTER COLUMN sex SET NOT NULL;

-- The deceased, for the whole-register read to hash (a small part of the register; new residents, never
-- deceased on arrival, do not touch it).
CREATE INDEX residents_deceased ON residents (id) INCLUDE (deceased_on) WHERE deceased_on IS NOT NULL;

-- Same rows as before (V4_6) without the encrypted number, which the compilation never read, and without a
-- join: the deceased are a hashed set that each fact is checked against (their date then read by id, for
-- them only). A join to the deceased would let the planner hash the compilation's sorted rows instead of the
-- precinct shares it joins next, and lose the order the digest is made in (RollCompileIT).
DROP FUNCTION registry_all_residents_as_of(DATE);
CREATE FUNCTION registry_all_residents_as_of(on_date DATE)
    RETURNS TABLE (resident_id BIGINT, rrn_lookup BYTEA, rrn_masked TEXT, name TEXT, birth_date DATE, sex CHAR(1),
                   nationality CHAR(2), emd_code TEXT, address TEXT, registered_since DATE, residence_type TEXT,
                   permanent_residence_since DATE, deceased_on DATE)
    LANGUAGE sql STABLE AS
$$
SELECT f.resident_id, f.rrn_lookup, f.rrn_masked, f.name, f.birth_date, f.sex, f.nationality, f.emd_code, f.address,
       f.registered_since, f.residence_type, f.permanent_residence_since,
       CASE WHEN f.resident_id IN (SELECT d.id FROM residents d WHERE d.deceased_on IS NOT NULL)
            THEN (SELECT d.deceased_on FROM residents d WHERE d.id = f.resident_id AND d.deceased_on IS NOT NULL) END
FROM resident_facts f
WHERE f.valid_from <= on_date AND (f.valid_to IS NULL OR f.valid_to > on_date)
$$;
