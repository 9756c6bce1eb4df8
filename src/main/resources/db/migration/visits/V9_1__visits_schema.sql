-- The international visits desk: partners, visits (a request and, once accepted, the visit itself),
-- delegation members, programme templates and tailored programmes, officials, rooms, bookings,
-- gifts, the post-visit report and the public form's rate limit. Identifiers are random UUIDs: they
-- appear in URLs and say nothing about how many visits there are.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE visit_partners (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    type          text NOT NULL CHECK (type IN ('INTERNATIONAL_ORGANISATION', 'FOREIGN_EMB', 'KOREAN_GOVERNMENT',
                                                'EMBASSY', 'ACADEMIC', 'OTHER')),
    country       char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    region        text NOT NULL,
    contact_name  text,
    contact_email text,
    contact_phone text,
    -- The partner country's electoral system, in staff's words, for the briefing note.
    electoral_notes text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (name, country)
);

CREATE TABLE visits (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    status               text NOT NULL DEFAULT 'REQUESTED'
        CHECK (status IN ('REQUESTED', 'COUNTER_PROPOSED', 'ACCEPTED', 'DECLINED', 'COMPLETED')),
    source               text NOT NULL CHECK (source IN ('STAFF', 'PUBLIC_FORM')),
    partner_id           uuid REFERENCES visit_partners (id),
    -- As the requester wrote it; linked to a partner on acceptance.
    organisation         text NOT NULL,
    partner_type         text NOT NULL,
    country              char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    requester_name       text NOT NULL,
    requester_email      text NOT NULL,
    on_behalf_of         text,
    purpose              text NOT NULL,
    topics               text[] NOT NULL DEFAULT '{}',
    preferred_from       date NOT NULL,
    preferred_to         date NOT NULL CHECK (preferred_to >= preferred_from),
    delegation_size      int NOT NULL CHECK (delegation_size BETWEEN 1 AND 200),
    languages            text[] NOT NULL DEFAULT '{}',
    interpretation_needs text,
    accessibility_needs  text,
    submitted_at         timestamptz NOT NULL DEFAULT now(),
    decision_reason      text,
    counter_from         date,
    counter_to           date,
    decided_by           text,
    decided_at           timestamptz,
    template_version     int,
    -- When the programme starts, once scheduled (Korea time in the UI; stored as an instant).
    starts_at            timestamptz,
    CHECK (status <> 'DECLINED' OR decision_reason IS NOT NULL),
    -- An accepted visit always belongs to a partner: its history depends on it.
    CHECK (status NOT IN ('ACCEPTED', 'COMPLETED') OR partner_id IS NOT NULL),
    CHECK (status <> 'COUNTER_PROPOSED' OR (counter_from IS NOT NULL AND counter_to >= counter_from))
);
CREATE INDEX visits_status ON visits (status, submitted_at);
CREATE INDEX visits_partner ON visits (partner_id);

CREATE TABLE visit_members (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    visit_id            uuid NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
    position            int NOT NULL,
    full_name           text NOT NULL,
    title               text,
    organisation        text NOT NULL,
    country             char(2) NOT NULL,
    role                text NOT NULL CHECK (role IN ('HEAD', 'MEMBER', 'INTERPRETER', 'ACCOMPANYING_OFFICIAL')),
    dietary_notes       text,
    accessibility_notes text,
    name_card_spelling  text
);
CREATE INDEX visit_members_visit ON visit_members (visit_id, position);

CREATE TABLE visit_rooms (
    code     text PRIMARY KEY,
    name_en  text NOT NULL,
    name_ko  text NOT NULL,
    capacity int NOT NULL CHECK (capacity > 0)
);

CREATE TABLE visit_officials (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name_en    text NOT NULL,
    name_ko    text NOT NULL,
    title_en   text NOT NULL,
    title_ko   text NOT NULL,
    department text NOT NULL,
    email      text,
    topics     text[] NOT NULL DEFAULT '{}',
    languages  text[] NOT NULL DEFAULT '{}',
    -- Preferred when no portfolio matches the delegation's topics.
    is_default boolean NOT NULL DEFAULT false
);

-- When an official cannot receive guests (leave, missions, other duties).
CREATE TABLE visit_official_absences (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    official_id uuid NOT NULL REFERENCES visit_officials (id),
    during      tstzrange NOT NULL,
    reason      text NOT NULL
);

-- Periods when the commission receives no visits: early voting, election day, counting.
CREATE TABLE visit_blackouts (
    id        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    during    daterange NOT NULL,
    reason_en text NOT NULL,
    reason_ko text NOT NULL
);

-- Demonstrations of election ICT in the experience room, chosen by the delegation's topics.
CREATE TABLE visit_demonstrations (
    code       text PRIMARY KEY,
    name_en    text NOT NULL,
    name_ko    text NOT NULL,
    topics     text[] NOT NULL,
    minutes    int NOT NULL CHECK (minutes > 0),
    is_default boolean NOT NULL DEFAULT false
);

CREATE TABLE visit_intro_videos (
    language text PRIMARY KEY,
    title    text NOT NULL,
    minutes  int NOT NULL
);

-- The standard programme: every edit is a new version; visits remember the version they came from.
CREATE TABLE visit_templates (
    version    int PRIMARY KEY,
    note       text NOT NULL,
    created_by text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE visit_template_items (
    version       int NOT NULL REFERENCES visit_templates (version),
    position      int NOT NULL,
    kind          text NOT NULL,
    title_en      text NOT NULL,
    title_ko      text NOT NULL,
    minutes       int NOT NULL CHECK (minutes BETWEEN 1 AND 480),
    room_code     text REFERENCES visit_rooms (code),
    with_official boolean NOT NULL DEFAULT false,
    PRIMARY KEY (version, position)
);

CREATE TABLE visit_programme_items (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    visit_id      uuid NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
    position      int NOT NULL,
    kind          text NOT NULL,
    title_en      text NOT NULL,
    title_ko      text NOT NULL,
    minutes       int NOT NULL CHECK (minutes BETWEEN 1 AND 480),
    room_code     text REFERENCES visit_rooms (code),
    official_id   uuid REFERENCES visit_officials (id),
    detail        text,
    -- Why the tailoring chose this (shown beside the item); null for untouched template items.
    reason_en     text,
    reason_ko     text,
    -- Checked at commit, so a reorder may pass through duplicate positions.
    UNIQUE (visit_id, position) DEFERRABLE INITIALLY DEFERRED
);

-- One row per booked resource per programme item. The exclusion constraint is what stops two
-- officers (or two instances of the service) from double-booking an official or a room.
CREATE TABLE visit_bookings (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    visit_id     uuid NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
    item_id      uuid NOT NULL REFERENCES visit_programme_items (id) ON DELETE CASCADE,
    resource     text NOT NULL CHECK (resource ~ '^(official|room):'),
    during       tstzrange NOT NULL CHECK (NOT isempty(during)),
    EXCLUDE USING gist (resource WITH =, during WITH &&)
);
CREATE INDEX visit_bookings_visit ON visit_bookings (visit_id);

CREATE TABLE visit_gifts (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    visit_id     uuid NOT NULL REFERENCES visits (id),
    direction    text NOT NULL CHECK (direction IN ('GIVEN', 'RECEIVED')),
    description  text NOT NULL,
    giver        text NOT NULL,
    recipient    text NOT NULL,
    value_krw    bigint NOT NULL CHECK (value_krw >= 0),
    given_on     date NOT NULL,
    disposition  text NOT NULL CHECK (disposition IN ('KEPT', 'DISPLAYED', 'TRANSFERRED')),
    recorded_by  text NOT NULL,
    recorded_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE visit_reports (
    visit_id       uuid PRIMARY KEY REFERENCES visits (id),
    attended       int NOT NULL CHECK (attended >= 0),
    attendance     text,
    summary        text,
    written_by     text NOT NULL,
    written_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE visit_qa_notes (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    visit_id    uuid NOT NULL REFERENCES visits (id),
    asked_by    text NOT NULL,
    question    text NOT NULL,
    answered_by text NOT NULL,
    answer      text NOT NULL,
    noted_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE visit_followups (
    id       uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    visit_id uuid NOT NULL REFERENCES visits (id),
    action   text NOT NULL,
    owner    text NOT NULL,
    due_on   date NOT NULL,
    done     boolean NOT NULL DEFAULT false
);

-- Photos are kept in the database (see docs/decisions/063-visit-photos-in-the-database.md).
CREATE TABLE visit_photos (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    visit_id     uuid NOT NULL REFERENCES visits (id),
    filename     text NOT NULL,
    content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
    bytes        bytea NOT NULL,
    caption      text,
    uploaded_at  timestamptz NOT NULL DEFAULT now()
);

-- The public form's rate limit, per keyed hash of the sender's address (never the address itself).
CREATE TABLE visit_form_submissions (
    address_hash text NOT NULL,
    submitted_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX visit_form_submissions_address ON visit_form_submissions (address_hash, submitted_at);
