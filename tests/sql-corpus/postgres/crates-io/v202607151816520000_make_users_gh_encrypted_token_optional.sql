-- revision: v202607151816520000
-- down_revision: v202606261100130000
-- message: rust-lang/crates.io make_users_gh_encrypted_token_optional

-- migrate:up
-- safety-assured:start
-- This column is not being read anywhere anymore. All reads are now using
-- `oauth_github.encrypted_token` (an associated GitHub account is optional and all code paths have
-- been updated to reflect that). This change means we can stop writing this column but not yet
-- drop it.
ALTER TABLE users ALTER COLUMN gh_encrypted_token DROP NOT NULL;
-- safety-assured:end

-- migrate:down
ALTER TABLE users ALTER COLUMN gh_encrypted_token SET NOT NULL;
