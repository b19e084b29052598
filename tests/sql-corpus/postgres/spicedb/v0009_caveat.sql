-- revision: v0009
-- down_revision: v0008
-- message: authzed/spicedb caveat

-- migrate:up
CREATE TABLE caveat (
  name VARCHAR NOT NULL,
  definition BYTEA NOT NULL,
  created_transaction BIGINT NOT NULL,
  deleted_transaction BIGINT NOT NULL DEFAULT '9223372036854775807',
  CONSTRAINT pk_caveat_v1 PRIMARY KEY (name, deleted_transaction),
  CONSTRAINT uq_caveat_v1 UNIQUE (name, created_transaction, deleted_transaction));
ALTER TABLE relation_tuple
  ADD COLUMN caveat_name VARCHAR,
  ADD COLUMN caveat_context JSONB;

-- migrate:down irreversible
