-- revision: v20240214113828000000
-- down_revision: v20240213095000000000
-- message: ory/kratos courier_dispatch_indices

-- migrate:up
-- Remove unused index
DROP INDEX courier_message_dispatches_id_message_id_nid_idx;

-- For pop eager load
CREATE INDEX IF NOT EXISTS courier_message_dispatches_message_id_idx ON courier_message_dispatches (message_id, created_at DESC);

-- For delete by nid
CREATE INDEX IF NOT EXISTS courier_message_dispatches_nid_idx ON courier_message_dispatches (nid);

-- migrate:down
CREATE INDEX IF NOT EXISTS courier_message_dispatches_id_message_id_nid_idx ON courier_message_dispatches (id ASC, message_id ASC, nid ASC);

DROP INDEX courier_message_dispatches_message_id_idx;
DROP INDEX courier_message_dispatches_nid_idx;
