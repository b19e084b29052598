-- revision: v0002b
-- down_revision: v0002a
-- message: harness/harness create_index_paths_space_id_is_primary

-- migrate:up
CREATE UNIQUE INDEX paths_space_id_is_primary
ON paths(path_space_id, path_is_primary);

-- migrate:down irreversible
