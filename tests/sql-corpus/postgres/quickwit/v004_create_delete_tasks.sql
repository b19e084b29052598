-- revision: v004
-- down_revision: v003
-- message: quickwit-oss/quickwit create_delete_tasks

-- migrate:up
CREATE TABLE IF NOT EXISTS delete_tasks (
    create_timestamp TIMESTAMP NOT NULL DEFAULT (CURRENT_TIMESTAMP AT TIME ZONE 'UTC'),
    opstamp BIGSERIAL PRIMARY KEY,
    index_id VARCHAR(50) NOT NULL,
    delete_query_json TEXT NOT NULL,

    FOREIGN KEY(index_id) REFERENCES indexes(index_id) ON DELETE CASCADE
);

-- migrate:down
DROP TABLE delete_tasks;
