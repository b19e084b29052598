-- revision: v04
-- down_revision: v03
-- message: conductor-oss/conductor new_qm_index_with_priority

-- migrate:up
DROP INDEX IF EXISTS combo_queue_message;

CREATE INDEX combo_queue_message ON queue_message (queue_name,priority,popped,deliver_on,created_on);

-- migrate:down irreversible
