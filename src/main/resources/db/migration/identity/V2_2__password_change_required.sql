-- A password someone else chose (the generated first-start password, or one an administrator set)
-- must be replaced by its owner at the next sign-in.
ALTER TABLE accounts ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
