-- revision: v0180
-- down_revision: v0179
-- message: harness/harness 0180

-- migrate:up
ALTER TABLE linked_repositories DROP COLUMN linked_repo_clone_url;
ALTER TABLE linked_repositories ADD COLUMN linked_repo_provider_repo_id TEXT NOT NULL DEFAULT '';

-- migrate:down
ALTER TABLE linked_repositories DROP COLUMN linked_repo_provider_repo_id;
ALTER TABLE linked_repositories ADD COLUMN linked_repo_clone_url TEXT NOT NULL DEFAULT '';
