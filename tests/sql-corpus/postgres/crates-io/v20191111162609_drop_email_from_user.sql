-- revision: v20191111162609
-- down_revision: v20191103003946
-- message: rust-lang/crates.io drop_email_from_user

-- migrate:up
ALTER TABLE users DROP COLUMN email CASCADE;

-- migrate:down
-- Not reversible
