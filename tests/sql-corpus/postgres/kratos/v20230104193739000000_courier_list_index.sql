-- revision: v20230104193739000000
-- down_revision: v20221220124639000000
-- message: ory/kratos courier_list_index

-- migrate:up
CREATE INDEX courier_messages_nid_created_at_id_idx ON courier_messages (nid, created_at DESC);

CREATE INDEX courier_messages_nid_status_created_at_id_idx ON courier_messages (nid, status, created_at DESC);

CREATE INDEX courier_messages_nid_recipient_created_at_id_idx ON courier_messages (nid, recipient, created_at DESC);

-- migrate:down
DROP INDEX courier_messages_nid_created_at_id_idx;

DROP INDEX courier_messages_nid_status_created_at_id_idx;

DROP INDEX courier_messages_nid_recipient_created_at_id_idx;
