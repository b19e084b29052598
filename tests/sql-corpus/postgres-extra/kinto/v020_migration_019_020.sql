-- revision: v020
-- down_revision: v019
-- message: Kinto/kinto migration_019_020

-- migrate:up
-- Alter collation to C to improve LIKE-prefix queries in delete_all.
ALTER TABLE timestamps
    ALTER COLUMN parent_id TYPE TEXT COLLATE "C",
    ALTER COLUMN collection_id TYPE TEXT COLLATE "C";

-- Bump storage schema version.
INSERT INTO metadata (name, value) VALUES ('storage_schema_version', '20');

-- migrate:down irreversible
