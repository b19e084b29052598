-- revision: v0143
-- down_revision: v0142
-- message: harness/harness alter_repositories_add_tags

-- migrate:up
ALTER TABLE repositories ADD COLUMN repo_tags JSONB NOT NULL DEFAULT '{}'::jsonb;

-- migrate:down
ALTER TABLE repositories DROP COLUMN repo_tags;
