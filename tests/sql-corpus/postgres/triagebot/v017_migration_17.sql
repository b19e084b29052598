-- revision: v017
-- down_revision: v016
-- message: rust-lang/triagebot migration_17

-- migrate:up
CREATE TABLE IF NOT EXISTS team_review_prefs (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    user_id BIGINT REFERENCES users(user_id),
    team TEXT NOT NULL,
    rotation_mode TEXT NOT NULL,
    UNIQUE(user_id, team)
);

-- migrate:down irreversible
