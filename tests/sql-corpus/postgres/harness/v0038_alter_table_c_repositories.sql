-- revision: v0038
-- down_revision: v0037
-- message: harness/harness alter_table_c_repositories

-- migrate:up
ALTER TABLE repositories
    ADD COLUMN repo_size INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN repo_size_updated BIGINT NOT NULL DEFAULT 0;

-- migrate:down
ALTER TABLE repositories
    DROP COLUMN repo_size,
    DROP COLUMN repo_size_updated;
