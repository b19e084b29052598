-- revision: v0021
-- down_revision: v0020
-- message: authelia/authelia MySQLCachedValueType

-- migrate:up
ALTER TABLE cached_data MODIFY value MEDIUMBLOB;

-- migrate:down
TRUNCATE TABLE cached_data;
ALTER TABLE cached_data MODIFY value BLOB;
