-- Reference data that the international affairs division maintains itself: officials can retire
-- (kept for the history of past visits, no longer proposed or bookable), rooms have a kind and can
-- be closed, and public holidays beyond the bundled gazette data are entered by staff.
ALTER TABLE visit_officials ADD COLUMN retired_at timestamptz;

ALTER TABLE visit_rooms ADD COLUMN kind text NOT NULL DEFAULT 'MEETING'
    CHECK (kind IN ('MEETING', 'CEREMONIAL', 'EXHIBITION', 'OUTDOOR', 'OTHER'));
ALTER TABLE visit_rooms ADD COLUMN active boolean NOT NULL DEFAULT true;
ALTER TABLE visit_rooms ADD CONSTRAINT visit_rooms_code CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$');
UPDATE visit_rooms SET kind = 'CEREMONIAL' WHERE code = 'COMMISSIONERS_ROOM';
UPDATE visit_rooms SET kind = 'EXHIBITION' WHERE code = 'EXPERIENCE_ROOM';
UPDATE visit_rooms SET kind = 'OUTDOOR' WHERE code = 'PHOTO_SPOT';

-- Holidays the bundled data does not have: substitute holidays declared late, temporary holidays,
-- years after the package's last year. Checked together with the bundled data.
CREATE TABLE visit_holidays (
    day      date PRIMARY KEY,
    name_ko  text NOT NULL CHECK (length(name_ko) BETWEEN 1 AND 200),
    name_en  text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 200),
    added_by text NOT NULL,
    added_at timestamptz NOT NULL DEFAULT now()
);
