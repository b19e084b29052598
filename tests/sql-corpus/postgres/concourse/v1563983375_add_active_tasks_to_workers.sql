-- revision: v1563983375
-- down_revision: v1561558376
-- message: concourse/concourse add_active_tasks_to_workers

-- migrate:up

ALTER TABLE workers ADD COLUMN active_tasks integer DEFAULT 0 CHECK (active_tasks >= 0);


-- migrate:down

ALTER TABLE workers DROP COLUMN active_tasks;

