-- 시군구 boundaries for the choropleth map, imported as GeoJSON and served as stored.
CREATE TABLE turnout_boundaries (
    id           uuid PRIMARY KEY,
    name         text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    geojson      text NOT NULL,
    features     integer NOT NULL CHECK (features > 0),
    sha256       text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    imported_at  timestamptz NOT NULL,
    imported_by  text NOT NULL
);
CREATE INDEX turnout_boundaries_newest ON turnout_boundaries (imported_at DESC);

-- A previous election's cumulative early-voting curve, overlaid on the dashboard.
-- area_code '00' is the nation, 2 digits a 시도, 5 digits a 시군구; hour_index counts hours from the
-- first opening (0 = end of the first hour of day 1).
CREATE TABLE turnout_previous_curves (
    election_id   uuid NOT NULL,
    label         text NOT NULL CHECK (length(btrim(label)) BETWEEN 1 AND 200),
    area_code     text NOT NULL CHECK (area_code ~ '^([0-9]{2}|[0-9]{5})$'),
    day_number    smallint NOT NULL CHECK (day_number BETWEEN 1 AND 9),
    hour          smallint NOT NULL CHECK (hour BETWEEN 0 AND 24),
    voters        bigint NOT NULL CHECK (voters >= 0),
    electors      bigint NOT NULL CHECK (electors > 0),
    PRIMARY KEY (election_id, area_code, day_number, hour)
);

-- Election-day turnout entered by precinct officials: cumulative voters at the end of each hour.
-- A correction is a new row (append-only); the newest entry of an hour counts.
CREATE TABLE turnout_election_day_entries (
    id            bigserial PRIMARY KEY,
    election_id   uuid NOT NULL,
    precinct_id   bigint NOT NULL,
    emd_code      char(10) NOT NULL,
    hour          smallint NOT NULL CHECK (hour BETWEEN 6 AND 20),
    voters        bigint NOT NULL CHECK (voters >= 0),
    entered_by    text NOT NULL,
    entered_at    timestamptz NOT NULL
);
CREATE INDEX turnout_election_day_entries_latest ON turnout_election_day_entries (election_id, precinct_id, hour, id DESC);

-- Marked election-day lists: one DB-owned job for the country (claimed by one instance, heartbeat),
-- and one row per file with its digest.
CREATE TABLE turnout_list_jobs (
    id            uuid PRIMARY KEY,
    election_id   uuid NOT NULL,
    status        text NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    formats       text NOT NULL CHECK (formats IN ('CSV', 'PDF', 'CSV_PDF')),
    precincts     integer NOT NULL DEFAULT 0,
    done          integer NOT NULL DEFAULT 0,
    lines         bigint NOT NULL DEFAULT 0,
    message       text,
    requested_by  text NOT NULL,
    created_at    timestamptz NOT NULL,
    started_at    timestamptz,
    heartbeat_at  timestamptz,
    finished_at   timestamptz,
    CHECK (done <= precincts OR precincts = 0)
);
CREATE INDEX turnout_list_jobs_queue ON turnout_list_jobs (created_at) WHERE status IN ('QUEUED', 'RUNNING');

CREATE TABLE turnout_list_files (
    job_id        uuid NOT NULL REFERENCES turnout_list_jobs (id),
    precinct_id   bigint NOT NULL,
    format        text NOT NULL CHECK (format IN ('CSV', 'PDF')),
    path          text NOT NULL,
    lines         integer NOT NULL,
    early_voters  integer NOT NULL,
    sha256        text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    bytes         bigint NOT NULL,
    written_at    timestamptz NOT NULL,
    PRIMARY KEY (job_id, precinct_id, format)
);
