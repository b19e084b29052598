-- revision: 1544095960
-- down_revision: 1543455447
-- message: add gke vpc subnet fields
-- imported from sqlx 1544095960_add_gke_vpc_subnet_fields.up.sql

-- migrate:up
ALTER TABLE `google_gke_clusters` ADD COLUMN `vpc`      varchar(64) DEFAULT NULL;
ALTER TABLE `google_gke_clusters` ADD COLUMN `subnet`   varchar(64) DEFAULT NULL;
-- migrate:down
ALTER TABLE `google_gke_clusters` DROP COLUMN `vpc`;
ALTER TABLE `google_gke_clusters` DROP COLUMN `subnet`;
