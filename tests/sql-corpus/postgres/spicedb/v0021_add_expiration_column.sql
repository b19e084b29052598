-- revision: v0021
-- down_revision: v0020
-- message: authzed/spicedb add_expiration_column

-- migrate:up
ALTER TABLE relation_tuple
  ADD COLUMN expiration TIMESTAMPTZ DEFAULT NULL;

-- migrate:down irreversible
