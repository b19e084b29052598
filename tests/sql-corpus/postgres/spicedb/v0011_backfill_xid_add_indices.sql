-- revision: v0011
-- down_revision: v0010
-- message: authzed/spicedb backfill_xid_add_indices
-- transactional: false

-- migrate:up
ALTER TABLE relation_tuple
  ALTER COLUMN created_xid SET DEFAULT (pg_current_xact_id());
ALTER TABLE namespace_config
  ALTER COLUMN created_xid SET DEFAULT (pg_current_xact_id());
ALTER TABLE caveat
  ALTER COLUMN created_xid SET DEFAULT (pg_current_xact_id());
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_backfill_rtt_temp
  ON relation_tuple_transaction ( (snapshot IS NULL) );
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_backfill_ns_temp
  ON namespace_config ( (created_xid IS NULL) );
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_backfill_tuple_temp
  ON relation_tuple ( (created_xid IS NULL) );
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_backfill_caveat_temp
  ON caveat ( (created_xid IS NULL) );
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ix_rttx_oldpk
  ON relation_tuple_transaction (id);
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ix_namespace_config_oldpk
  ON namespace_config (id);
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ix_rttx_pk
  ON relation_tuple_transaction (xid);
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ix_namespace_config_pk
  ON namespace_config (namespace, created_xid, deleted_xid);
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ix_namespace_config_living
  ON namespace_config (namespace, deleted_xid);
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ix_relation_tuple_pk
  ON relation_tuple (namespace, object_id, relation, userset_namespace, userset_object_id,
     userset_relation, created_xid, deleted_xid);
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ix_relation_tuple_living
  ON relation_tuple (namespace, object_id, relation, userset_namespace, userset_object_id,
     userset_relation, deleted_xid);
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ix_caveat_unique
  ON caveat (name, created_xid, deleted_xid);
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ix_caveat_living
  ON caveat (name, deleted_xid);
DROP INDEX ix_backfill_rtt_temp;
DROP INDEX ix_backfill_ns_temp;
DROP INDEX ix_backfill_tuple_temp;
DROP INDEX ix_backfill_caveat_temp;

-- migrate:down irreversible
