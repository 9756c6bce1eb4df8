-- Contests with their district (area codes: 2-digit 시도, 5-digit 시군구, 10-digit 읍면동; empty for a
-- nationwide contest) and ballot lines in ballot order.
CREATE TABLE contests (
    id            uuid PRIMARY KEY,
    election_id   uuid NOT NULL REFERENCES elections (id),
    kind          text NOT NULL,
    name          text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    ballot_title  text NOT NULL CHECK (length(btrim(ballot_title)) BETWEEN 1 AND 200),
    areas         text[] NOT NULL DEFAULT '{}',
    created_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (election_id, kind, name)
);
CREATE INDEX contests_election ON contests (election_id);
-- A nationwide contest exists at most once per election.
CREATE UNIQUE INDEX contests_one_nationwide ON contests (election_id, kind) WHERE cardinality(areas) = 0;

CREATE TABLE ballot_entries (
    contest_id      uuid NOT NULL REFERENCES contests (id) ON DELETE CASCADE,
    number          integer NOT NULL CHECK (number BETWEEN 1 AND 999),
    party           text,
    candidate_name  text,
    PRIMARY KEY (contest_id, number),
    CHECK (party IS NOT NULL OR candidate_name IS NOT NULL)
);
