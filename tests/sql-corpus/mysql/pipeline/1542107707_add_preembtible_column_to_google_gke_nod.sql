-- revision: 1542107707
-- down_revision: 1542019624
-- message: add preembtible column to google gke node pools
-- imported from sqlx 1542107707_add_preembtible_column_to_google_gke_node_pools.up.sql

-- migrate:up
ALTER TABLE google_gke_node_pools ADD COLUMN `preemptible` tinyint(1) DEFAULT '0';
ALTER TABLE google_gke_profile_node_pools ADD COLUMN `preemptible` tinyint(1) DEFAULT '0';
-- migrate:down
ALTER TABLE google_gke_node_pools DROP COLUMN preemptible;
ALTER TABLE google_gke_profile_node_pools DROP COLUMN preemptible;
