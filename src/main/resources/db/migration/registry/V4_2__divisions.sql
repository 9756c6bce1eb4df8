-- Administrative divisions (시도 / 시군구 / 읍면동), versioned by effective date: each imported
-- table is a complete version, in force from its effective date until the next version's.
-- Residents and precincts refer to 읍면동 by its 10-digit code (행정기관코드); codes are text.
CREATE TABLE division_versions (
    effective_date DATE PRIMARY KEY,
    import_id      UUID NOT NULL REFERENCES registry_imports (id),
    emd_count      INT NOT NULL
);

CREATE TABLE divisions (
    effective_date DATE NOT NULL REFERENCES division_versions (effective_date) DEFERRABLE INITIALLY DEFERRED,
    emd_code       TEXT NOT NULL CHECK (emd_code ~ '^[0-9]{10}$'),
    emd_name       TEXT NOT NULL CHECK (emd_name <> ''),
    sgg_code       TEXT NOT NULL CHECK (sgg_code ~ '^[0-9]{5}$'),
    sgg_name       TEXT NOT NULL CHECK (sgg_name <> ''),
    sido_code      TEXT NOT NULL CHECK (sido_code ~ '^[0-9]{2}$'),
    sido_name      TEXT NOT NULL CHECK (sido_name <> ''),
    nec_emd_code   TEXT CHECK (nec_emd_code ~ '^[0-9]+$'),
    PRIMARY KEY (effective_date, emd_code),
    CONSTRAINT divisions_nested_codes CHECK (left(emd_code, 5) = sgg_code AND left(sgg_code, 2) = sido_code)
);

CREATE INDEX divisions_by_code ON divisions (emd_code, effective_date DESC);
CREATE INDEX divisions_by_sgg ON divisions (effective_date, sgg_code);

-- The version in force on a date: the newest one that took effect on or before it.
CREATE FUNCTION registry_division_version(on_date DATE) RETURNS DATE
    LANGUAGE sql STABLE AS
$$ SELECT max(effective_date) FROM division_versions WHERE effective_date <= on_date $$;
