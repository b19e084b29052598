-- revision: v023
-- down_revision: v022
-- message: Kinto/kinto migration_022_023

-- migrate:up
CREATE INDEX IF NOT EXISTS idx_objects_resource_name_parent_id_deleted
    ON objects(resource_name, parent_id, deleted);

-- Bump storage schema version.
INSERT INTO metadata (name, value) VALUES ('storage_schema_version', '23');

-- migrate:down irreversible
