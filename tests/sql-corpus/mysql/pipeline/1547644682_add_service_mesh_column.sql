-- revision: 1547644682
-- down_revision: 1547481281
-- message: add service mesh column
-- imported from sqlx 1547644682_add_service_mesh_column.up.sql

-- migrate:up
ALTER TABLE clusters ADD COLUMN `service_mesh` tinyint(1);
-- migrate:down
ALTER TABLE clusters DROP COLUMN `service_mesh`;
