-- revision: v0006
-- down_revision: v0005
-- message: authzed/spicedb add_gc_index
-- transactional: false

-- migrate:up
CREATE INDEX CONCURRENTLY ix_relation_tuple_by_deleted_transaction ON relation_tuple (deleted_transaction);

-- migrate:down irreversible
