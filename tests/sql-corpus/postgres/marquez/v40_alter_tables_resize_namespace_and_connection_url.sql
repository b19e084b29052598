-- revision: v40
-- down_revision: v39
-- message: MarquezProject/marquez alter_tables_resize_namespace_and_connection_url

-- migrate:up
ALTER TABLE dataset_versions ALTER COLUMN namespace_name TYPE VARCHAR;
ALTER TABLE dataset_versions ALTER COLUMN dataset_name TYPE VARCHAR;
ALTER TABLE datasets ALTER COLUMN name TYPE VARCHAR;
ALTER TABLE datasets ALTER COLUMN physical_name TYPE VARCHAR;
ALTER TABLE datasets ALTER COLUMN source_name TYPE VARCHAR;
ALTER TABLE namespaces ALTER COLUMN name TYPE VARCHAR;
ALTER TABLE runs ALTER COLUMN external_id TYPE VARCHAR;
ALTER TABLE sources ALTER COLUMN name TYPE VARCHAR;
ALTER TABLE sources ALTER COLUMN connection_url TYPE VARCHAR;
ALTER TABLE tags ALTER COLUMN name TYPE VARCHAR;

-- migrate:down irreversible
