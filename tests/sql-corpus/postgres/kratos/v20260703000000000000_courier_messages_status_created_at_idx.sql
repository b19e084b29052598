-- revision: v20260703000000000000
-- down_revision: v20260616000000000000
-- message: ory/kratos courier_messages_status_created_at_idx
-- transactional: false

-- migrate:up
CREATE INDEX CONCURRENTLY IF NOT EXISTS courier_messages_status_created_at_idx ON courier_messages (status ASC, created_at ASC);

-- migrate:down
DROP INDEX CONCURRENTLY IF EXISTS courier_messages_status_created_at_idx;
