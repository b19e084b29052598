-- revision: v20150715170350
-- down_revision: v20150320174400
-- message: rust-lang/crates.io dumped_migration_96

-- migrate:up
ALTER TABLE crate_owners ADD COLUMN owner_kind INTEGER NOT NULL DEFAULT 0;

-- migrate:down
ALTER TABLE crate_owners DROP COLUMN owner_kind;
