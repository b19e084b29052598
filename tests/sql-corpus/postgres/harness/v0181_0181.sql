-- revision: v0181
-- down_revision: v0180
-- message: harness/harness 0181

-- migrate:up
ALTER TABLE linked_repositories ADD COLUMN linked_repo_provider_type TEXT NOT NULL DEFAULT '';

-- migrate:down
ALTER TABLE linked_repositories DROP COLUMN linked_repo_provider_type;
