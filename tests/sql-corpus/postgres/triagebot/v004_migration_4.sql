-- revision: v004
-- down_revision: v003
-- message: rust-lang/triagebot migration_4

-- migrate:up
ALTER TABLE notifications ADD COLUMN team_name TEXT;

-- migrate:down irreversible
