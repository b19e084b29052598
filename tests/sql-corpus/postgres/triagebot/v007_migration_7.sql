-- revision: v007
-- down_revision: v006
-- message: rust-lang/triagebot migration_7

-- migrate:up
CREATE TABLE rustc_commits (
    sha TEXT PRIMARY KEY,
    parent_sha TEXT NOT NULL,
    time TIMESTAMP WITH TIME ZONE
);

-- migrate:down irreversible
