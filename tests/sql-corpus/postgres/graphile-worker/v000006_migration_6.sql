-- revision: v000006
-- down_revision: v000005
-- message: graphile/worker migration_6

-- migrate:up
create index jobs_priority_run_at_id_locked_at_without_failures_idx
  on graphile_worker.jobs (priority, run_at, id, locked_at)
  where attempts < max_attempts;

drop index graphile_worker.jobs_priority_run_at_id_idx;


-- migrate:down irreversible
