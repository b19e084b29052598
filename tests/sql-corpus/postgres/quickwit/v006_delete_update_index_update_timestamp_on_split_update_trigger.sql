-- revision: v006
-- down_revision: v005
-- message: quickwit-oss/quickwit delete_update_index_update_timestamp_on_split_update_trigger

-- migrate:up
DROP TRIGGER IF EXISTS quickwit_set_index_update_timestamp_on_split_change ON splits CASCADE;

-- migrate:down irreversible
