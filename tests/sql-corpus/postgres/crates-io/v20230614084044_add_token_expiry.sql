-- revision: v20230614084044
-- down_revision: v20230525104708
-- message: rust-lang/crates.io add_token_expiry

-- migrate:up
ALTER TABLE api_tokens ADD expired_at TIMESTAMP;

-- migrate:down
ALTER TABLE api_tokens DROP expired_at;
