-- revision: v0051
-- down_revision: v0050
-- message: goharbor/harbor 2_2_1_schema

-- migrate:up
/*fixes #14358*/
UPDATE execution SET status='Success' WHERE status='Succeed';

CREATE INDEX IF NOT EXISTS task_execution_id_idx ON task (execution_id);

-- migrate:down irreversible
