-- revision: v014
-- down_revision: v013
-- message: rust-lang/rustc-perf migration_14

-- migrate:up
create index if not exists collector_progress_start_time_step_idx on collector_progress (start_time, step) where start_time is not null and end_time is not null;

-- migrate:down irreversible
