-- revision: 1559301886
-- down_revision: 1557939759
-- message: oracle bucket add namespace
-- imported from sqlx 1559301886_oracle_bucket_add_namespace.up.sql

-- migrate:up
ALTER TABLE `oracle_buckets` ADD COLUMN `namespace` varchar(255)  DEFAULT NULL;

-- migrate:down
ALTER TABLE oracle_buckets DROP COLUMN namespace;

