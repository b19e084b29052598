-- revision: v1776182280
-- down_revision: v1773181582
-- message: concourse/concourse add_ttl_to_task_caches

-- migrate:up
ALTER TABLE task_caches ADD COLUMN last_used timestamp with time zone NOT NULL DEFAULT now();
ALTER TABLE task_caches ADD COLUMN ttl bigint NOT NULL DEFAULT 0;

-- migrate:down
ALTER TABLE task_caches DROP COLUMN last_used;
ALTER TABLE task_caches DROP COLUMN ttl;
