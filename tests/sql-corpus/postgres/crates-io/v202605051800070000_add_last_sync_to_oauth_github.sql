-- revision: v202605051800070000
-- down_revision: v20260409114747
-- message: rust-lang/crates.io add_last_sync_to_oauth_github

-- migrate:up
ALTER TABLE oauth_github
    -- Set existing rows' last sync value to 1970.
    ADD COLUMN last_sync timestamptz NOT NULL DEFAULT 'epoch';

comment on column oauth_github.last_sync is 'The last time we verified with GitHub what the GitHub username for this user was, and whether the account was valid';

-- migrate:down
ALTER TABLE IF EXISTS oauth_github
DROP COLUMN last_sync;
