-- revision: v0087
-- down_revision: v0086
-- message: harness/harness create_idx_reg

-- migrate:up
ALTER TABLE registries ADD CONSTRAINT unique_registry_parent_name UNIQUE (registry_parent_id, registry_name);
CREATE INDEX idx_spaces_lower_space_uid ON spaces (LOWER(space_uid));

-- migrate:down
ALTER TABLE registries DROP CONSTRAINT unique_registry_parent_name;
DROP INDEX idx_spaces_lower_space_uid;
