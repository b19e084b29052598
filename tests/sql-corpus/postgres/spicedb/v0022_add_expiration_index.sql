-- revision: v0022
-- down_revision: v0021
-- message: authzed/spicedb add_expiration_index
-- transactional: false

-- migrate:up
DROP INDEX CONCURRENTLY IF EXISTS ix_relation_tuple_expired;
CREATE INDEX CONCURRENTLY ix_relation_tuple_expired
  ON relation_tuple (expiration) WHERE expiration IS NOT NULL;

-- migrate:down irreversible
