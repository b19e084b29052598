-- revision: v005
-- down_revision: v004
-- message: rust-lang/rustc-perf migration_5

-- migrate:up
alter table collector_progress add unique (aid, step);

-- migrate:down irreversible
