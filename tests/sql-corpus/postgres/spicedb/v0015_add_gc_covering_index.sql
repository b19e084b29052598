-- revision: v0015
-- down_revision: v0014
-- message: authzed/spicedb add_gc_covering_index
-- transactional: false

-- migrate:up
CREATE INDEX CONCURRENTLY 
  IF NOT EXISTS ix_relation_tuple_by_deleted_xid
  ON relation_tuple (deleted_xid)
  WHERE (deleted_xid::text::bigint < 9223372036854775807);

-- migrate:down irreversible
