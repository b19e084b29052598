-- revision: v008
-- down_revision: v007
-- message: quickwit-oss/quickwit delete_update_timestamp_on_indexes_table

-- migrate:up
ALTER TABLE indexes DROP COLUMN IF EXISTS update_timestamp;
DROP TRIGGER IF EXISTS set_update_timestamp ON indexes;

-- migrate:down irreversible
