-- revision: v003
-- down_revision: v002
-- message: rust-lang/triagebot migration_3

-- migrate:up
ALTER TABLE notifications ADD COLUMN short_description TEXT;

-- migrate:down irreversible
