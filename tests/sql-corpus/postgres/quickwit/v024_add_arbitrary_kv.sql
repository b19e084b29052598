-- revision: v024
-- down_revision: v023
-- message: quickwit-oss/quickwit add_arbitrary_kv

-- migrate:up
CREATE TABLE IF NOT EXISTS kv (
    key VARCHAR(50) PRIMARY KEY,
    value TEXT NOT NULL
);

-- migrate:down
DROP TABLE kv;
