-- revision: v016
-- down_revision: v015
-- message: quickwit-oss/quickwit create_index_split_uid

-- migrate:up
CREATE INDEX IF NOT EXISTS splits_index_uid_idx ON splits USING HASH(index_uid);

-- migrate:down
DROP INDEX IF EXISTS splits_index_uid_idx;
