-- revision: v20150804170127
-- down_revision: v20150715170350
-- message: rust-lang/crates.io dumped_migration_97

-- migrate:up
ALTER TABLE crate_owners ALTER owner_kind DROP DEFAULT;

-- migrate:down
ALTER TABLE crate_owners ALTER owner_kind SET DEFAULT 0;
