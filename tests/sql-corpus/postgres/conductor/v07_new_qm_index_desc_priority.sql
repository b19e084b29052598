-- revision: v07
-- down_revision: v06
-- message: conductor-oss/conductor new_qm_index_desc_priority

-- migrate:up
DROP INDEX IF EXISTS combo_queue_message;

CREATE INDEX combo_queue_message ON queue_message USING btree (queue_name , priority desc, popped, deliver_on, created_on)

-- migrate:down irreversible
