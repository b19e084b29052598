-- revision: v0016
-- down_revision: v0015
-- message: authzed/spicedb add_tuned_gc_index
-- transactional: false

-- migrate:up
CREATE INDEX CONCURRENTLY 
  IF NOT EXISTS ix_gc_index
  ON relation_tuple (deleted_xid DESC)
    WHERE deleted_xid < '9223372036854775807'::xid8;
DROP INDEX CONCURRENTLY IF EXISTS ix_relation_tuple_by_deleted_xid;

-- migrate:down irreversible
