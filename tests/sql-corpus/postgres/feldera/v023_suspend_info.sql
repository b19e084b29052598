-- revision: v023
-- down_revision: v022
-- message: feldera/feldera suspend_info

-- migrate:up
-- Adds the `suspend_info` field to the `pipeline` table.

ALTER TABLE pipeline
ADD COLUMN suspend_info VARCHAR NULL;

-- migrate:down irreversible
