-- The facts by 읍면동, for the voters-list compilation: it reads one range of 읍면동 codes of the register and
-- orders each 읍면동's residents by address. With this index PostgreSQL reads the range in 읍면동 order and sorts
-- one 읍면동 (≈ 15,000 people) at a time in memory (an incremental sort) instead of sorting the whole range
-- (26 M rows per range nationally, spilling gigabytes to disk); the range's own facts are read instead of
-- the whole table. The heap follows the extract's order, grouped by 읍면동 as the register delivers it, so the
-- index scan reads it almost sequentially; a register stored in another order is still compiled correctly,
-- the planner then choosing the whole-range sort (docs/benchmarks.md, session 8; decision 020, session-8
-- addendum).
CREATE INDEX resident_facts_emd ON resident_facts (emd_code);
