-- revision: v0002a
-- down_revision: v0001e
-- message: harness/harness create_index_paths_repo_id_is_primary

-- migrate:up
CREATE UNIQUE INDEX paths_repo_id_is_primary
ON paths(path_repo_id, path_is_primary);

-- migrate:down irreversible
