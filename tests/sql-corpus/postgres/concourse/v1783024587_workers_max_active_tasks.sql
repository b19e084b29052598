-- revision: v1783024587
-- down_revision: v1781568000
-- message: concourse/concourse workers_max_active_tasks

-- migrate:up
ALTER TABLE workers ADD COLUMN max_active_tasks int default 0;

-- migrate:down
ALTER TABLE workers DROP COLUMN max_active_tasks;
