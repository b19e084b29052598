-- revision: v0013
-- down_revision: v0012
-- message: authzed/spicedb drop_id_constraints

-- migrate:up
ALTER TABLE relation_tuple
  DROP CONSTRAINT uq_relation_tuple_namespace,
  DROP CONSTRAINT uq_relation_tuple_living,
  ALTER COLUMN created_transaction DROP NOT NULL,
  ALTER COLUMN deleted_transaction DROP NOT NULL;
ALTER TABLE namespace_config
  DROP CONSTRAINT uq_namespace_living,
  ALTER COLUMN created_transaction DROP NOT NULL,
  ALTER COLUMN deleted_transaction DROP NOT NULL;
ALTER TABLE caveat
  DROP CONSTRAINT uq_caveat_v1,
  ALTER COLUMN created_transaction DROP NOT NULL,
  ALTER COLUMN deleted_transaction DROP NOT NULL;

-- migrate:down irreversible
