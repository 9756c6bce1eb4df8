-- Early voting (사전투표): station days, identifications, the exactly-once issuance, idempotency keys,
-- signatures, and ballot serials. docs/decisions/120-ballot-secrecy.md explains why no table below
-- joins a ballot serial to a voter.

-- A station's early-voting day: opened once and closed once by its own staff.
CREATE TABLE ev_station_days (
    election_id   uuid NOT NULL REFERENCES elections (id),
    station_code  text NOT NULL,
    day           date NOT NULL,
    opened_at     timestamptz NOT NULL,
    opened_by     text NOT NULL,
    closed_at     timestamptz,
    closed_by     text,
    PRIMARY KEY (election_id, station_code, day),
    FOREIGN KEY (election_id, station_code) REFERENCES early_voting_stations (election_id, code),
    CHECK ((closed_at IS NULL) = (closed_by IS NULL))
);

-- One answer given to a station about one person. voter_key is the voters list's voter id (never an RRN).
CREATE TABLE ev_identifications (
    id             uuid PRIMARY KEY,
    election_id    uuid NOT NULL REFERENCES elections (id),
    station_code   text NOT NULL,
    day            date NOT NULL,
    voter_key      text,
    status         text NOT NULL CHECK (status IN ('ELIGIBLE', 'ALREADY_ISSUED', 'NOT_ON_LIST', 'BLOCKED')),
    voter_emd_code char(10),
    in_district    boolean,
    contest_ids    uuid[] NOT NULL DEFAULT '{}',
    identified_at  timestamptz NOT NULL,
    CHECK (status <> 'ELIGIBLE' OR (voter_key IS NOT NULL AND voter_emd_code IS NOT NULL AND in_district IS NOT NULL))
);
CREATE INDEX ev_identifications_station_day ON ev_identifications (election_id, station_code, day);

-- The issuance: at most one per voter and election nationwide, guarded by the primary key itself.
-- No serial number is ever stored here (ballot secrecy).
CREATE TABLE ev_issuances (
    id                 uuid NOT NULL UNIQUE,
    election_id        uuid NOT NULL REFERENCES elections (id),
    voter_key          text NOT NULL,
    identification_id  uuid NOT NULL REFERENCES ev_identifications (id),
    station_code       text NOT NULL,
    day                date NOT NULL,
    issued_at          timestamptz NOT NULL,
    voter_emd_code     char(10) NOT NULL,
    in_district        boolean NOT NULL,
    contest_ids        uuid[] NOT NULL CHECK (cardinality(contest_ids) BETWEEN 1 AND 8),
    ballots_printable  boolean NOT NULL DEFAULT true,
    ballots_printed    integer NOT NULL DEFAULT 0,
    envelope_code      text UNIQUE,
    envelope_printed   boolean NOT NULL DEFAULT false,
    signed             boolean NOT NULL,
    PRIMARY KEY (election_id, voter_key),
    CHECK (in_district = (envelope_code IS NULL))
);
CREATE INDEX ev_issuances_station_day ON ev_issuances (election_id, station_code, day);

-- A spoil-and-reissue, approved by a supervisor with a reason (append-only).
CREATE TABLE ev_spoils (
    id            uuid PRIMARY KEY,
    issuance_id   uuid NOT NULL REFERENCES ev_issuances (id),
    election_id   uuid NOT NULL,
    station_code  text NOT NULL,
    day           date NOT NULL,
    reason        text NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 500),
    approved_by   text NOT NULL,
    spoiled_at    timestamptz NOT NULL
);

-- The voter's signature image, kept until 30 days after election day (SignaturePurge).
CREATE TABLE ev_signatures (
    issuance_id   uuid PRIMARY KEY REFERENCES ev_issuances (id),
    image         bytea NOT NULL,
    media_type    text NOT NULL,
    purge_after   date NOT NULL
);
CREATE INDEX ev_signatures_purge ON ev_signatures (purge_after);

-- Idempotency-Key of an issuance request, per station: the retry gets the stored outcome.
CREATE TABLE ev_idempotency_keys (
    station_code       text NOT NULL,
    idempotency_key    text NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 200),
    identification_id  uuid NOT NULL,
    outcome            text,
    issuance_id        uuid,
    created_at         timestamptz NOT NULL,
    PRIMARY KEY (station_code, idempotency_key)
);

-- The secret of a station day's serial permutation, encrypted with the personal-data key.
-- Deleted when the station closes: afterwards nobody can relate a serial to its position in the day.
CREATE TABLE ev_serial_keys (
    election_id   uuid NOT NULL,
    station_code  text NOT NULL,
    day           date NOT NULL,
    day_number    smallint NOT NULL CHECK (day_number BETWEEN 1 AND 9),
    sealed_key    bytea NOT NULL,
    PRIMARY KEY (election_id, station_code, day)
);

-- How many ballots of a contest a station day has printed: the serials are the permutation of 0..n-1.
CREATE TABLE ev_serial_counters (
    election_id   uuid NOT NULL,
    station_code  text NOT NULL,
    day           date NOT NULL,
    contest_id    uuid NOT NULL,
    printed       integer NOT NULL CHECK (printed >= 0),
    PRIMARY KEY (election_id, station_code, day, contest_id)
);

-- The serials a station printed, written at close in serial order in one transaction: a set, with
-- no time, no issuance and no order of issuance.
CREATE TABLE ev_printed_serials (
    election_id   uuid NOT NULL,
    station_code  text NOT NULL,
    contest_id    uuid NOT NULL,
    serial        text NOT NULL,
    PRIMARY KEY (election_id, station_code, contest_id, serial)
);

-- Serials of spoiled ballots: void, never counted. The paper is destroyed, so nothing secret remains.
CREATE TABLE ev_voided_serials (
    election_id   uuid NOT NULL,
    station_code  text NOT NULL,
    contest_id    uuid NOT NULL,
    serial        text NOT NULL,
    day           date NOT NULL,
    PRIMARY KEY (election_id, station_code, contest_id, serial)
);
