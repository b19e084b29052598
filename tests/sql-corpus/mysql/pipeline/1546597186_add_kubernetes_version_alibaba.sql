-- revision: 1546597186
-- down_revision: 1545432369
-- message: add kubernetes version alibaba
-- imported from sqlx 1546597186_add_kubernetes_version_alibaba.up.sql

-- migrate:up
ALTER TABLE alibaba_acsk_clusters ADD COLUMN `kubernetes_version` varchar(255);
-- migrate:down
ALTER TABLE alibaba_acsk_clusters DROP COLUMN kubernetes_version;
