-- revision: v000015
-- down_revision: v000014
-- message: graphile/worker migration_15

-- migrate:up
-- Tidy up from previous migrations
drop function graphile_worker.jobs__increase_job_queue_count();
drop function graphile_worker.jobs__decrease_job_queue_count();
drop function graphile_worker.tg__update_timestamp();

-- Add function to unlock all jobs from the given workers due to a crash or similar
create function graphile_worker.force_unlock_workers(worker_ids text[]) returns void as $$
update graphile_worker.jobs
set locked_at = null, locked_by = null
where locked_by = any(worker_ids);
update graphile_worker.job_queues
set locked_at = null, locked_by = null
where locked_by = any(worker_ids);
$$ language sql volatile;

-- migrate:down irreversible
