-- A step after the reading of the rows, shown by the upload page: change events are applied one page
-- at a time once the whole file has been read and staged (step APPLYING, step_done of step_total
-- events). NULL while the rows are being read, and for kinds without such a step.
ALTER TABLE registry_imports
    ADD COLUMN step       TEXT CHECK (step IN ('APPLYING')),
    ADD COLUMN step_done  BIGINT,
    ADD COLUMN step_total BIGINT;
