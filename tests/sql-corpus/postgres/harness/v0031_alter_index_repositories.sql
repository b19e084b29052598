-- revision: v0031
-- down_revision: v0030
-- message: harness/harness alter_index_repositories

-- migrate:up
DROP INDEX repositories_parent_id;
CREATE UNIQUE INDEX repositories_parent_id_uid ON repositories(repo_parent_id, LOWER(repo_uid));

-- migrate:down
DROP INDEX repositories_parent_id_uid;
CREATE INDEX repositories_parent_id ON repositories(repo_parent_id);
