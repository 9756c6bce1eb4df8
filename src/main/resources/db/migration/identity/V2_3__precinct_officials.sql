-- Precinct officials (PRECINCT_OFFICIAL) enter one precinct's election-day turnout: their accounts and
-- tokens are bound to that precinct (투표구) the way station staff are bound to one station. The
-- precinct is the election's precinct id; identity does not reference the election tables (module
-- boundary), turnout checks the binding against the precinct entered (403 OTHER_PRECINCT).
ALTER TABLE accounts DROP CONSTRAINT accounts_role_check;
ALTER TABLE accounts ADD CONSTRAINT accounts_role_check CHECK (role IN ('ADMIN', 'ROLL_OFFICER', 'STATION_OPERATOR',
    'STATION_SUPERVISOR', 'VISITS_OFFICER', 'OBSERVER', 'PRECINCT_OFFICIAL'));
ALTER TABLE accounts ADD COLUMN precinct_id BIGINT CHECK (precinct_id > 0);
ALTER TABLE accounts ADD CONSTRAINT accounts_precinct_binding CHECK (
    (role = 'PRECINCT_OFFICIAL') = (precinct_id IS NOT NULL));

ALTER TABLE api_tokens DROP CONSTRAINT api_tokens_role_check;
ALTER TABLE api_tokens ADD CONSTRAINT api_tokens_role_check CHECK (role IN ('ADMIN', 'ROLL_OFFICER', 'STATION_OPERATOR',
    'STATION_SUPERVISOR', 'VISITS_OFFICER', 'OBSERVER', 'PRECINCT_OFFICIAL'));
ALTER TABLE api_tokens ADD COLUMN precinct_id BIGINT CHECK (precinct_id > 0);
ALTER TABLE api_tokens ADD CONSTRAINT api_tokens_precinct_binding CHECK (
    (role = 'PRECINCT_OFFICIAL') = (precinct_id IS NOT NULL));
