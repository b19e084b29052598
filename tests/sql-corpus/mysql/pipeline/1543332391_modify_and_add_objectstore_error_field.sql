-- revision: 1543332391
-- down_revision: 1542977254
-- message: modify and add objectstore error field
-- imported from sqlx 1543332391_modify_and_add_objectstore_error_field.up.sql

-- migrate:up
ALTER TABLE oracle_buckets MODIFY COLUMN status_msg text;
ALTER TABLE alibaba_buckets ADD COLUMN status varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL;
ALTER TABLE alibaba_buckets ADD COLUMN status_msg text COLLATE utf8mb4_unicode_ci DEFAULT NULL;
-- migrate:down
ALTER TABLE oracle_buckets MODIFY COLUMN status_msg varchar(255);
ALTER TABLE alibaba_buckets DROP COLUMN status;
ALTER TABLE alibaba_buckets DROP COLUMN status_msg;
