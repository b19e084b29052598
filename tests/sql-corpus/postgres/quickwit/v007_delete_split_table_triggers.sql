-- revision: v007
-- down_revision: v006
-- message: quickwit-oss/quickwit delete_split_table_triggers

-- migrate:up
DROP TRIGGER IF EXISTS set_split_publish_timestamp_on_split_publish ON splits CASCADE;
DROP TRIGGER IF EXISTS set_update_timestamp ON splits CASCADE;

-- migrate:down irreversible
