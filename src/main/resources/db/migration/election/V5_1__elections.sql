-- Elections and their calendar. The calendar is stored (not recomputed) because an administrator may
-- move a date; every move is kept in election_calendar_changes with its reason.
CREATE TABLE elections (
    id                   uuid PRIMARY KEY,
    type                 text NOT NULL CHECK (type IN ('PRESIDENTIAL', 'NATIONAL_ASSEMBLY', 'LOCAL', 'BY_ELECTION')),
    name                 text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    election_day         date NOT NULL,
    reference_date       date NOT NULL,
    compilation_first    date NOT NULL,
    compilation_last     date NOT NULL,
    inspection_first     date NOT NULL,
    inspection_last      date NOT NULL,
    finalisation_date    date NOT NULL,
    early_voting_first   date NOT NULL,
    early_voting_last    date NOT NULL,
    early_voting_opens   time NOT NULL,
    early_voting_closes  time NOT NULL,
    created_by           text NOT NULL,
    created_at           timestamptz NOT NULL DEFAULT now(),
    UNIQUE (name, election_day),
    -- The order the voters list and early voting depend on, whatever an administrator edits.
    CONSTRAINT calendar_in_order CHECK (
        reference_date <= compilation_first AND compilation_first <= compilation_last
        AND compilation_last < inspection_first AND inspection_first <= inspection_last
        AND inspection_last < finalisation_date AND finalisation_date < early_voting_first
        AND early_voting_first <= early_voting_last AND early_voting_last < election_day
        AND early_voting_opens < early_voting_closes)
);

CREATE TABLE election_calendar_changes (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    election_id  uuid NOT NULL REFERENCES elections (id),
    field        text NOT NULL,
    old_value    text NOT NULL,
    new_value    text NOT NULL,
    reason       text NOT NULL CHECK (length(btrim(reason)) > 0),
    changed_by   text NOT NULL,
    changed_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX election_calendar_changes_election ON election_calendar_changes (election_id, id);

-- History is append-only.
CREATE FUNCTION election_calendar_changes_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'election_calendar_changes is append-only';
END $$;
CREATE TRIGGER election_calendar_changes_append_only BEFORE UPDATE OR DELETE ON election_calendar_changes
    FOR EACH ROW EXECUTE FUNCTION election_calendar_changes_append_only();
