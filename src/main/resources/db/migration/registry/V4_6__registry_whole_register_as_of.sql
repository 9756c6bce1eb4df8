-- The register as it stood on a date, shaped for reading all of it or a large range of 읍면동 (a voters
-- list compilation): the facts in force are read in one pass and each finds its person by the residents'
-- primary key. The OFFSET 0 keeps the person look-up a correlated probe: given the register's true
-- statistics the planner would otherwise hash all 52 M residents, in batches on disk, for every range
-- (measured on the national register, one range of 26 M facts: 168 s probing, 275 s hashing, 240 s
-- merge-joining; docs/benchmarks.md). The same rows as registry_residents_as_of, which stays the shape for
-- finding a few people by rrn_lookup.
CREATE FUNCTION registry_all_residents_as_of(on_date DATE)
    RETURNS TABLE (resident_id BIGINT, rrn_lookup BYTEA, rrn_encrypted BYTEA, rrn_masked TEXT, name TEXT,
                   birth_date DATE, sex CHAR(1), nationality CHAR(2), emd_code TEXT, address TEXT,
                   registered_since DATE, residence_type TEXT, permanent_residence_since DATE, deceased_on DATE)
    LANGUAGE sql STABLE AS
$$
SELECT r.id, r.rrn_lookup, r.rrn_encrypted, r.rrn_masked, f.name, r.birth_date, r.sex, f.nationality, f.emd_code,
       f.address, f.registered_since, f.residence_type, f.permanent_residence_since, r.deceased_on
FROM resident_facts f
CROSS JOIN LATERAL (SELECT p.id, p.rrn_lookup, p.rrn_encrypted, p.rrn_masked, p.birth_date, p.sex, p.deceased_on
                    FROM residents p WHERE p.id = f.resident_id OFFSET 0) r
WHERE f.valid_from <= on_date AND (f.valid_to IS NULL OR f.valid_to > on_date)
$$;
