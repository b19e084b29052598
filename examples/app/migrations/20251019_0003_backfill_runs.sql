-- revision: 20251019_0003
-- down_revision: 20251018_0002
-- message: create backfill_runs table

-- One side of a branch. This revision and 20251019_0004 were written in
-- parallel on top of 20251018_0002, which left two heads until the merge
-- revision 20251021_0006 consolidated them.
-- The column is called candle_interval because INTERVAL is a reserved word
-- in PostgreSQL and MariaDB.

-- migrate:up
CREATE TABLE backfill_runs (
    id INTEGER NOT NULL,
    task_id VARCHAR(64) NOT NULL,
    symbol VARCHAR(32) NOT NULL,
    candle_interval VARCHAR(8) NOT NULL,
    range_start BIGINT NOT NULL,
    range_end BIGINT NOT NULL,
    status VARCHAR(16) NOT NULL DEFAULT 'pending',
    rows_written BIGINT NOT NULL DEFAULT 0,
    error_text TEXT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    started_at TIMESTAMP NULL,
    finished_at TIMESTAMP NULL,
    CONSTRAINT pk_backfill_runs PRIMARY KEY (id),
    CONSTRAINT ck_backfill_runs_status CHECK (status IN ('pending', 'running', 'succeeded', 'failed')),
    CONSTRAINT ck_backfill_runs_range CHECK (range_start <= range_end)
);

CREATE INDEX ix_backfill_runs_task_id ON backfill_runs (task_id);
CREATE INDEX ix_backfill_runs_symbol ON backfill_runs (symbol);
CREATE INDEX ix_backfill_runs_interval ON backfill_runs (candle_interval);

-- migrate:down
DROP TABLE backfill_runs;
