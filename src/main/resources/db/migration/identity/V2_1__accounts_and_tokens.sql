-- Staff accounts. Station staff are bound to one station (its code); nobody else is.
CREATE TABLE accounts (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
    display_name  TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('ADMIN', 'ROLL_OFFICER', 'STATION_OPERATOR',
                                                'STATION_SUPERVISOR', 'VISITS_OFFICER', 'OBSERVER')),
    station_code  TEXT,
    enabled       BOOLEAN NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT accounts_station_binding CHECK (
        (role IN ('STATION_OPERATOR', 'STATION_SUPERVISOR')) = (station_code IS NOT NULL))
);

-- API tokens: only the SHA-256 of the token is kept (a token has 256 random bits, so a fast hash is
-- enough); the token itself is shown once when created.
CREATE TABLE api_tokens (
    id           UUID PRIMARY KEY,
    name         TEXT NOT NULL,
    token_hash   BYTEA NOT NULL UNIQUE,
    role         TEXT NOT NULL CHECK (role IN ('ADMIN', 'ROLL_OFFICER', 'STATION_OPERATOR',
                                               'STATION_SUPERVISOR', 'VISITS_OFFICER', 'OBSERVER')),
    station_code TEXT,
    created_by   TEXT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at   TIMESTAMPTZ,
    last_used_at TIMESTAMPTZ,
    CONSTRAINT api_tokens_station_binding CHECK (
        (role IN ('STATION_OPERATOR', 'STATION_SUPERVISOR')) = (station_code IS NOT NULL))
);

-- Failed sign-ins, shared by every instance, for throttling.
CREATE TABLE sign_in_failures (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username       TEXT NOT NULL,
    remote_address TEXT,
    failed_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX sign_in_failures_by_username ON sign_in_failures (username, failed_at);
CREATE INDEX sign_in_failures_by_address ON sign_in_failures (remote_address, failed_at);
