-- revision: v0023
-- down_revision: v0022
-- message: authzed/spicedb add_index_for_transaction_gc
-- transactional: false

-- migrate:up
DROP INDEX CONCURRENTLY IF EXISTS ix_relation_tuple_transaction_xid_desc_timestamp;
CREATE INDEX CONCURRENTLY ix_relation_tuple_transaction_xid_desc_timestamp
  ON relation_tuple_transaction (xid DESC, timestamp);

-- migrate:down irreversible
