-- revision: v0020
-- down_revision: v0019
-- message: authzed/spicedb add_watch_api_index
-- transactional: false

-- migrate:up
DROP INDEX CONCURRENTLY IF EXISTS ix_watch_api_index;
CREATE INDEX CONCURRENTLY ix_watch_api_index
  ON relation_tuple (created_xid);

-- migrate:down irreversible
