-- revision: v006
-- down_revision: v005
-- message: rust-lang/triagebot migration_6

-- migrate:up
ALTER TABLE notifications ADD COLUMN metadata TEXT;

-- migrate:down irreversible
