-- revision: v008
-- down_revision: v007
-- message: rust-lang/triagebot migration_8

-- migrate:up
ALTER TABLE rustc_commits ADD COLUMN pr INTEGER;

-- migrate:down irreversible
