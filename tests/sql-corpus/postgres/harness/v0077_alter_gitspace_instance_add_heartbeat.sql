-- revision: v0077
-- down_revision: v0076
-- message: harness/harness alter_gitspace_instance_add_heartbeat

-- migrate:up
ALTER TABLE gitspaces ADD COLUMN gits_last_heartbeat BIGINT;
ALTER TABLE gitspaces ALTER COLUMN gits_last_used DROP NOT NULL;

-- migrate:down
ALTER TABLE gitspaces DROP COLUMN gits_last_heartbeat;
