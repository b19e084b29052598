-- revision: 1557939759
-- down_revision: 1557332785
-- message: pke azure indices
-- imported from sqlx 1557939759_pke_azure_indices.up.sql

-- migrate:up
CREATE UNIQUE INDEX idx_azure_pke_np_cluster_id_name ON `azure_pke_node_pools`(cluster_id, `name`);
CREATE UNIQUE INDEX idx_azure_pke_cluster_id ON `azure_pke_clusters`(cluster_id);
-- migrate:down
DROP INDEX idx_azure_pke_np_cluster_id_name ON `azure_pke_node_pools`;
DROP INDEX idx_azure_pke_cluster_id ON `azure_pke_clusters`;
