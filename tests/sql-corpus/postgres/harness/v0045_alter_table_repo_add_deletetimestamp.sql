-- revision: v0045
-- down_revision: v0044
-- message: harness/harness alter_table_repo_add_deletetimestamp

-- migrate:up
ALTER TABLE repositories ADD COLUMN repo_deleted BIGINT DEFAULT NULL;

DROP INDEX repositories_parent_id_uid;

CREATE UNIQUE INDEX repositories_parent_id_uid
    ON repositories(repo_parent_id, LOWER(repo_uid))
    WHERE repo_deleted IS NULL;

CREATE INDEX repositories_deleted
    ON repositories(repo_deleted)
    WHERE repo_deleted IS NOT NULL;

-- migrate:down
ALTER TABLE repositories DROP COLUMN repo_deleted;

DROP INDEX repositories_parent_id_uid;
DROP INDEX repositories_deleted;

CREATE UNIQUE INDEX repositories_parent_id_uid
ON repositories(repo_parent_id, LOWER(repo_uid));
