-- revision: v021
-- down_revision: v020
-- message: quickwit-oss/quickwit add_shard_update_timestamp_field

-- migrate:up
ALTER TABLE shards
    -- We prefer a fix value here because it makes  tests simpler. 
    -- Very few users use the shard API in versions <0.9 anyway.
    ADD COLUMN IF NOT EXISTS update_timestamp TIMESTAMP NOT NULL DEFAULT '2024-01-01 00:00:00+00';

-- migrate:down
ALTER TABLE shards
    DROP IF EXISTS update_timestamp;
