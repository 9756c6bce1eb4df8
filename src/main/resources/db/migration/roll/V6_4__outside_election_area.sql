-- A by-election's list covers only the area where it is held (decision 044, second session-6 addendum): a resident of a
-- 읍면동 where none of a by-election's contests is held is excluded as OUTSIDE_ELECTION_AREA.
-- Re-adding the CHECK validates the existing partitions once; partitions built later copy it.
ALTER TABLE roll_entries DROP CONSTRAINT roll_entries_exclusion_check;
ALTER TABLE roll_entries ADD CONSTRAINT roll_entries_exclusion_check
    CHECK (exclusion IN ('DECEASED', 'OUTSIDE_ELECTION_AREA', 'NOT_NATIONAL', 'FOREIGN_NOT_ELIGIBLE', 'UNDER_AGE',
                         'DISQUALIFIED', 'OVERSEAS_NOT_YET_3_MONTHS', 'REMOVED_BY_OBJECTION'));
