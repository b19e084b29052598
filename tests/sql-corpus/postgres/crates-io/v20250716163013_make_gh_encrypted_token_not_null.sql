-- revision: v20250716163013
-- down_revision: v20250716123330
-- message: rust-lang/crates.io make_gh_encrypted_token_not_null

-- migrate:up
ALTER TABLE users ALTER COLUMN gh_encrypted_token SET NOT NULL;

-- migrate:down
ALTER TABLE users ALTER COLUMN gh_encrypted_token DROP NOT NULL;
