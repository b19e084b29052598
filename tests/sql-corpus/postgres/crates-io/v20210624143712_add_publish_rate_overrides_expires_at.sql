-- revision: v20210624143712
-- down_revision: v20210505081208
-- message: rust-lang/crates.io add_publish_rate_overrides_expires_at

-- migrate:up
ALTER TABLE publish_rate_overrides ADD COLUMN expires_at TIMESTAMP;

-- migrate:down
ALTER TABLE publish_rate_overrides DROP COLUMN expires_at;
