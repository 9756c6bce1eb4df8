-- Live turnout (투표율): counters kept in the issuing transaction (TurnoutCounters), so that they are
-- exactly the issuance records at every commit, with no full scan per request. Each issuance adds one
-- to one row of each table, always in the same table order (station, then 읍면동, then 시군구):
-- concurrent issuances wait on a row lock but cannot deadlock. There is no national row on purpose:
-- it would serialise every station of the country; the nation is the sum of 250 시군구 rows.

-- Issuances per station and hour (Korea time), split 관내/관외.
CREATE TABLE turnout_station_hours (
    election_id   uuid NOT NULL,
    station_code  text NOT NULL,
    day           date NOT NULL,
    hour          smallint NOT NULL CHECK (hour BETWEEN 0 AND 23),
    in_district   boolean NOT NULL,
    issued        bigint NOT NULL CHECK (issued >= 0),
    PRIMARY KEY (election_id, station_code, day, hour, in_district)
);

-- Issuances per voter's area (EMD = 10-digit 읍면동, SGG = 5-digit 시군구) and hour, split 관내/관외.
CREATE TABLE turnout_area_hours (
    election_id   uuid NOT NULL,
    level         text NOT NULL CHECK (level IN ('EMD', 'SGG')),
    area_code     text NOT NULL CHECK ((level = 'EMD' AND area_code ~ '^[0-9]{10}$') OR (level = 'SGG' AND area_code ~ '^[0-9]{5}$')),
    day           date NOT NULL,
    hour          smallint NOT NULL CHECK (hour BETWEEN 0 AND 23),
    in_district   boolean NOT NULL,
    issued        bigint NOT NULL CHECK (issued >= 0),
    PRIMARY KEY (election_id, level, area_code, day, hour, in_district)
);

-- Arrivals per station and minute, for station load (last 15 minutes). Old minutes are pruned.
CREATE TABLE turnout_station_minutes (
    election_id   uuid NOT NULL,
    station_code  text NOT NULL,
    minute        timestamptz NOT NULL,
    issued        integer NOT NULL CHECK (issued >= 0),
    PRIMARY KEY (election_id, station_code, minute)
);
CREATE INDEX turnout_station_minutes_recent ON turnout_station_minutes (election_id, minute);

-- The denominator: voters on the finalised list per 읍면동, copied once from the roll module.
CREATE TABLE turnout_electors (
    election_id   uuid NOT NULL,
    emd_code      char(10) NOT NULL,
    electors      bigint NOT NULL CHECK (electors >= 0),
    PRIMARY KEY (election_id, emd_code)
);
