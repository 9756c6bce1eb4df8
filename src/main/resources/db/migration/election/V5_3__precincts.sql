-- Election-day polling districts (투표구) per election, loaded from the precinct file with COPY.
CREATE TABLE precinct_imports (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    election_id  uuid NOT NULL REFERENCES elections (id),
    digest       text NOT NULL,
    file_name    text,
    rows         integer NOT NULL,
    imported_by  text NOT NULL,
    imported_at  timestamptz NOT NULL DEFAULT now(),
    -- The same file twice for one election is a duplicate, whatever its name.
    UNIQUE (election_id, digest)
);

CREATE TABLE precincts (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    election_id          uuid NOT NULL REFERENCES elections (id),
    line                 integer NOT NULL,
    sido_name            text NOT NULL,
    sgg_name             text NOT NULL,
    sgg_code             char(5) NOT NULL CHECK (sgg_code ~ '^[0-9]{5}$'),
    emd_name             text NOT NULL,
    emd_code             char(10) NOT NULL CHECK (emd_code ~ '^[0-9]{10}$' AND left(emd_code, 5) = sgg_code),
    name                 text NOT NULL,
    polling_place        text NOT NULL,
    electors             integer NOT NULL CHECK (electors >= 0),
    election_day_voters  integer NOT NULL CHECK (election_day_voters BETWEEN 0 AND electors),
    UNIQUE (election_id, emd_code, name)
);
CREATE INDEX precincts_election_emd ON precincts (election_id, emd_code, line);
