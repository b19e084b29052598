-- revision: v0177
-- down_revision: v0176
-- message: harness/harness 0177

-- migrate:up
ALTER TABLE linked_repositories ADD COLUMN linked_repo_clone_url TEXT NOT NULL DEFAULT '';

-- migrate:down
ALTER TABLE linked_repositories DROP COLUMN linked_repo_clone_url;
