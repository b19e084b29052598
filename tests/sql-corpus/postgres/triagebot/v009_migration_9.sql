-- revision: v009
-- down_revision: v008
-- message: rust-lang/triagebot migration_9

-- migrate:up
CREATE TABLE issue_data (
    repo TEXT,
    issue_number INTEGER,
    key TEXT,
    data JSONB,
    PRIMARY KEY (repo, issue_number, key)
);

-- migrate:down irreversible
