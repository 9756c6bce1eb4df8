-- A partner has several contacts (the head of its international division, a desk officer, ...),
-- each with a title or role. A removed contact stays, with the time it was removed, as part of the
-- partner's history; only current contacts are listed. The single contact of V9_1 becomes the
-- partner's first contact and its columns go: every reader now reads this table.
CREATE TABLE visit_partner_contacts (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    seq        bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    partner_id uuid NOT NULL REFERENCES visit_partners (id),
    name       text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    title      text CHECK (length(title) <= 200),
    email      text CHECK (length(email) <= 320),
    phone      text CHECK (length(phone) <= 50),
    added_at   timestamptz NOT NULL DEFAULT now(),
    removed_at timestamptz,
    CHECK (removed_at IS NULL OR removed_at >= added_at)
);
CREATE INDEX visit_partner_contacts_partner ON visit_partner_contacts (partner_id) WHERE removed_at IS NULL;

-- The old single contact, whatever of it was known (a contact known only by e-mail or phone is named
-- by it), so that dropping the columns loses nothing.
INSERT INTO visit_partner_contacts (partner_id, name, email, phone, added_at)
SELECT id, left(coalesce(nullif(btrim(contact_name), ''), nullif(btrim(contact_email), ''), btrim(contact_phone)), 200),
       nullif(btrim(contact_email), ''), left(nullif(btrim(contact_phone), ''), 50), created_at
FROM visit_partners
WHERE nullif(btrim(contact_name), '') IS NOT NULL OR nullif(btrim(contact_email), '') IS NOT NULL
   OR nullif(btrim(contact_phone), '') IS NOT NULL
ORDER BY created_at, id;

-- E-mails were not checked before; the copied ones are kept as they were, new ones must look like one.
ALTER TABLE visit_partner_contacts ADD CONSTRAINT visit_partner_contacts_email
    CHECK (email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$') NOT VALID;

ALTER TABLE visit_partners DROP COLUMN contact_name, DROP COLUMN contact_email, DROP COLUMN contact_phone;
