-- revision: v017
-- down_revision: v016
-- message: quickwit-oss/quickwit create_index_split_timestamp

-- migrate:up
CREATE INDEX IF NOT EXISTS splits_time_range_start_idx ON splits (time_range_start);
CREATE INDEX IF NOT EXISTS splits_time_range_end_idx ON splits (time_range_end);

-- migrate:down
DROP INDEX IF EXISTS splits_time_range_start_idx;
DROP INDEX IF EXISTS splits_time_range_end_idx;
