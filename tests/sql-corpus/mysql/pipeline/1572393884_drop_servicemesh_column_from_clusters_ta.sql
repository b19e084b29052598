-- revision: 1572393884
-- down_revision: 1571746685
-- message: drop servicemesh column from clusters table
-- imported from sqlx 1572393884_drop_servicemesh_column_from_clusters_table.up.sql

-- migrate:up
ALTER TABLE clusters DROP COLUMN `service_mesh`;
-- migrate:down
ALTER TABLE clusters ADD COLUMN `service_mesh` tinyint(1);
