-- revision: 1541419768
-- down_revision: 1541227599
-- message: modify default objectstore error field
-- imported from sqlx 1541419768_modify_default_objectstore_error_field.up.sql

-- migrate:up
ALTER TABLE azure_buckets MODIFY COLUMN status_msg text;
ALTER TABLE google_buckets MODIFY COLUMN status_msg text;
ALTER TABLE amazon_buckets MODIFY COLUMN status_msg text;
-- migrate:down
ALTER TABLE azure_buckets MODIFY COLUMN status_msg varchar(255);
ALTER TABLE amazon_buckets MODIFY COLUMN status_msg varchar(255);
ALTER TABLE google_buckets MODIFY COLUMN status_msg varchar(255);
