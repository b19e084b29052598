-- revision: v016
-- down_revision: v015
-- message: Kinto/kinto migration_015_016

-- migrate:up
DROP FUNCTION collection_timestamp(uid VARCHAR, resource VARCHAR);

-- Bump storage schema version.
INSERT INTO metadata (name, value) VALUES ('storage_schema_version', '16');

-- migrate:down irreversible
