-- revision: v005
-- down_revision: v004
-- message: quickwit-oss/quickwit add_delete_opstamp_splits

-- migrate:up
ALTER TABLE splits ADD COLUMN delete_opstamp BIGINT CHECK (delete_opstamp >= 0) DEFAULT 0;

-- migrate:down
ALTER TABLE splits DROP COLUMN delete_opstamp;
