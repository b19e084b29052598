-- revision: v0002f
-- down_revision: v0002e
-- message: harness/harness create_index_spaces_parent_id

-- migrate:up
CREATE INDEX spaces_parent_id
ON spaces(space_parent_id);

-- migrate:down irreversible
