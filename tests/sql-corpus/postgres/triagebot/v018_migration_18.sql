-- revision: v018
-- down_revision: v017
-- message: rust-lang/triagebot migration_18

-- migrate:up
CREATE TABLE IF NOT EXISTS repo_review_prefs (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    user_id BIGINT REFERENCES users(user_id),
    repo TEXT NOT NULL,
    max_assigned_prs INTEGER DEFAULT NULL,
    UNIQUE(user_id, repo)
);

-- migrate:down irreversible
