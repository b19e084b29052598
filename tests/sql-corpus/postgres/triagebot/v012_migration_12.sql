-- revision: v012
-- down_revision: v011
-- message: rust-lang/triagebot migration_12

-- migrate:up
CREATE table review_prefs (
    id UUID DEFAULT gen_random_uuid() PRIMARY KEY,
    user_id BIGINT REFERENCES users(user_id),
    assigned_prs INT[] NOT NULL DEFAULT array[]::INT[]
);

-- migrate:down irreversible
