-- revision: 1542019624
-- down_revision: 1541419768
-- message: objectstore azure accesssecret field
-- imported from sqlx 1542019624_objectstore_azure_accesssecret_field.up.sql

-- migrate:up
ALTER TABLE azure_buckets ADD COLUMN access_secret_ref varchar(255) null;
-- migrate:down
ALTER TABLE azure_buckets DROP COLUMN access_secret_ref;
