-- revision: v20260616000000000000
-- down_revision: v20260506000000000000
-- message: ory/kratos courier_messages_restore_list_index
-- transactional: false

-- migrate:up
CREATE INDEX CONCURRENTLY IF NOT EXISTS courier_messages_nid_created_at_id_idx ON courier_messages (nid ASC, created_at DESC, id ASC);

-- migrate:down
DROP INDEX CONCURRENTLY IF EXISTS courier_messages_nid_created_at_id_idx;
