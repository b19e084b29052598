-- revision: v012
-- down_revision: v011
-- message: rust-lang/rustc-perf migration_12

-- migrate:up
alter table artifact alter column id set data type integer;

-- migrate:down irreversible
