-- revision: v014
-- down_revision: v013
-- message: rust-lang/triagebot migration_14

-- migrate:up
CREATE UNIQUE INDEX IF NOT EXISTS review_prefs_user_id ON review_prefs(user_id);

-- migrate:down irreversible
