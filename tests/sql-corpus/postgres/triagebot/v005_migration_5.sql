-- revision: v005
-- down_revision: v004
-- message: rust-lang/triagebot migration_5

-- migrate:up
ALTER TABLE notifications ADD COLUMN idx INTEGER;

-- migrate:down irreversible
