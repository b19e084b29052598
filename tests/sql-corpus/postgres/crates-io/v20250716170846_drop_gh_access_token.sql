-- revision: v20250716170846
-- down_revision: v20250716163013
-- message: rust-lang/crates.io drop_gh_access_token

-- migrate:up
ALTER TABLE users DROP COLUMN gh_access_token;

-- migrate:down
ALTER TABLE users ADD COLUMN gh_access_token VARCHAR NOT NULL DEFAULT '';
