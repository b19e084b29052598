-- revision: v20171016200404
-- down_revision: v20171009135625
-- message: rust-lang/crates.io stop_lying_to_schema

-- migrate:up
ALTER TABLE crates DROP COLUMN max_version;
ALTER TABLE crates ALTER COLUMN textsearchable_index_col SET NOT NULL;
ALTER TABLE users DROP COLUMN api_token;

-- migrate:down
ALTER TABLE crates ADD COLUMN max_version VARCHAR;
ALTER TABLE crates ALTER COLUMN textsearchable_index_col DROP NOT NULL;
ALTER TABLE users ADD COLUMN api_token VARCHAR NOT NULL DEFAULT random_string(32);
