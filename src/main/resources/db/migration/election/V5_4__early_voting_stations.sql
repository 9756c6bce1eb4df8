-- Early-voting stations (사전투표소). The code EV-<읍면동>-<n> is what staff accounts and station tokens
-- are bound to; it is unique within an election and never reused for another place.
CREATE TABLE early_voting_stations (
    election_id  uuid NOT NULL REFERENCES elections (id),
    code         text NOT NULL CHECK (code ~ '^EV-[0-9]{10}-[1-9][0-9]{0,2}$'),
    emd_code     char(10) NOT NULL CHECK (emd_code = substr(code, 4, 10)),
    name         text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    address      text NOT NULL CHECK (length(btrim(address)) BETWEEN 1 AND 300),
    generated    boolean NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (election_id, code)
);
CREATE INDEX early_voting_stations_emd ON early_voting_stations (election_id, emd_code);
-- One generated (default) station per 읍면동.
CREATE UNIQUE INDEX early_voting_stations_one_default ON early_voting_stations (election_id, emd_code) WHERE generated;
