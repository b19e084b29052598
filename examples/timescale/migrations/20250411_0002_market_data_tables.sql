-- revision: 20250411_0002
-- down_revision: 20250411_0001
-- message: create klines hypertable and backfill_runs

-- market_data.klines becomes a hypertable when TimescaleDB is installed and
-- stays an ordinary table otherwise. Its unique constraint includes the
-- partitioning column open_time, as hypertables require.
-- backfill_runs is created with timestamp without time zone columns on
-- purpose, the legacy layout that 20250412_0004 converts to timestamptz.

-- migrate:up
CREATE TYPE market_data.backfill_status AS ENUM ('pending', 'running', 'succeeded', 'failed');

CREATE TABLE market_data.klines (
    symbol text NOT NULL,
    open_time timestamptz NOT NULL,
    open numeric(20, 8) NOT NULL,
    high numeric(20, 8) NOT NULL,
    low numeric(20, 8) NOT NULL,
    close numeric(20, 8) NOT NULL,
    volume numeric(28, 8) NOT NULL,
    trade_count integer,
    CONSTRAINT uix_klines_symbol_open_time UNIQUE (symbol, open_time),
    CONSTRAINT ck_klines_price_range CHECK (low <= high)
);

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'timescaledb') THEN
        PERFORM create_hypertable(
            'market_data.klines',
            'open_time',
            chunk_time_interval => INTERVAL '1 day',
            if_not_exists => TRUE
        );
    ELSE
        RAISE NOTICE 'timescaledb is not installed, market_data.klines stays a plain table';
    END IF;
END
$$;

CREATE TABLE market_data.backfill_runs (
    id bigint GENERATED ALWAYS AS IDENTITY,
    task_id text NOT NULL,
    symbol text NOT NULL,
    timeframe text NOT NULL,
    status market_data.backfill_status NOT NULL DEFAULT 'pending',
    range_start timestamp NOT NULL,
    range_end timestamp NOT NULL,
    created_at timestamp NOT NULL DEFAULT now(),
    started_at timestamp,
    finished_at timestamp,
    CONSTRAINT pk_backfill_runs PRIMARY KEY (id),
    CONSTRAINT ck_backfill_runs_range CHECK (range_start <= range_end)
);

CREATE INDEX ix_backfill_runs_task_id ON market_data.backfill_runs (task_id);
CREATE INDEX ix_backfill_runs_symbol_timeframe ON market_data.backfill_runs (symbol, timeframe);

-- migrate:down
DROP TABLE market_data.backfill_runs;
DROP TABLE market_data.klines;
DROP TYPE market_data.backfill_status;
