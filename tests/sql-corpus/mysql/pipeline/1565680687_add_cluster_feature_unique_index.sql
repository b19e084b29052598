-- revision: 1565680687
-- down_revision: 1561385002
-- message: add cluster feature unique index
-- imported from sqlx 1565680687_add_cluster_feature_unique_index.up.sql

-- migrate:up
CREATE UNIQUE INDEX idx_cluster_feature_cluster_id_name ON `cluster_features`(`name`, cluster_id);
-- migrate:down
DROP INDEX idx_cluster_feature_cluster_id_name ON `cluster_features`;
