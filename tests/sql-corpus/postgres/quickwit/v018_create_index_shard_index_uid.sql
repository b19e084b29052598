-- revision: v018
-- down_revision: v017
-- message: quickwit-oss/quickwit create_index_shard_index_uid

-- migrate:up
DROP INDEX IF EXISTS shards_index_uid_idx;

-- migrate:down
CREATE INDEX IF NOT EXISTS shards_index_uid_idx ON shards USING HASH(index_uid);
