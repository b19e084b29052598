-- revision: v022
-- down_revision: v021
-- message: quickwit-oss/quickwit change_splits_pkey

-- migrate:up
ALTER TABLE splits DROP CONSTRAINT splits_pkey, ADD PRIMARY KEY (index_uid, split_id);
DROP INDEX IF EXISTS splits_index_uid_idx;

-- migrate:down
CREATE INDEX IF NOT EXISTS splits_index_uid_idx ON splits USING HASH(index_uid);
ALTER TABLE splits DROP CONSTRAINT splits_pkey, ADD PRIMARY KEY (split_id);
