-- revision: v016
-- down_revision: v015
-- message: rust-lang/triagebot migration_16

-- migrate:up
ALTER TABLE review_prefs ADD COLUMN IF NOT EXISTS rotation_mode TEXT NOT NULL DEFAULT 'on-rotation';

-- migrate:down irreversible
