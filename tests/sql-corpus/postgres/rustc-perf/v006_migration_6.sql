-- revision: v006
-- down_revision: v005
-- message: rust-lang/rustc-perf migration_6

-- migrate:up
alter table collection add column perf_commit text;

-- migrate:down irreversible
