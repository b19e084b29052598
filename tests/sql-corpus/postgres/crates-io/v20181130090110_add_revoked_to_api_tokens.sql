-- revision: v20181130090110
-- down_revision: v20181101223239
-- message: rust-lang/crates.io add_revoked_to_api_tokens

-- migrate:up
ALTER TABLE api_tokens ADD COLUMN revoked BOOLEAN NOT NULL DEFAULT 'f';

-- migrate:down
ALTER TABLE api_tokens DROP COLUMN revoked;
