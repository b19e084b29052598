-- revision: v015
-- down_revision: v014
-- message: rust-lang/triagebot migration_15

-- migrate:up
ALTER TABLE review_prefs ADD COLUMN IF NOT EXISTS max_assigned_prs INTEGER DEFAULT NULL;

-- migrate:down irreversible
