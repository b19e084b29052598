-- revision: v0014
-- down_revision: v0013
-- message: authzed/spicedb drop_bigserial_ids

-- migrate:up
ALTER TABLE relation_tuple_transaction
  DROP COLUMN id;
ALTER TABLE namespace_config
  DROP COLUMN id,
  DROP COLUMN created_transaction,
  DROP COLUMN deleted_transaction;
ALTER TABLE relation_tuple
  DROP COLUMN id,
  DROP COLUMN created_transaction,
  DROP COLUMN deleted_transaction;

-- migrate:down irreversible
