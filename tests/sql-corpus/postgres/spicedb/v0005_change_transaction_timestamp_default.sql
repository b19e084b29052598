-- revision: v0005
-- down_revision: v0004
-- message: authzed/spicedb change_transaction_timestamp_default

-- migrate:up
ALTER TABLE relation_tuple_transaction 
  ALTER COLUMN timestamp SET DEFAULT (now() AT TIME ZONE 'UTC');

-- migrate:down irreversible
