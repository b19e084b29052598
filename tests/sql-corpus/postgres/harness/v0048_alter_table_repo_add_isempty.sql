-- revision: v0048
-- down_revision: v0047
-- message: harness/harness alter_table_repo_add_isempty

-- migrate:up
ALTER TABLE repositories ADD COLUMN repo_is_empty BOOLEAN NOT NULL DEFAULT false;

-- migrate:down
ALTER TABLE repositories DROP COLUMN repo_is_empty;
