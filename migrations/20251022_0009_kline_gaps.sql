-- revision: 20251022_0009
-- down_revision: 20251022_0008
-- message: create kline_gaps table for detected ingest gaps

-- Gap detection writes one row per missing stretch of candles,
-- and the backfill run that repairs it is recorded in backfill_run_id.

-- migrate:up
CREATE TABLE kline_gaps (
    id INTEGER NOT NULL,
    symbol VARCHAR(32) NOT NULL,
    gap_start BIGINT NOT NULL,
    gap_end BIGINT NOT NULL,
    detected_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    backfill_run_id INTEGER NULL,
    CONSTRAINT pk_kline_gaps PRIMARY KEY (id),
    CONSTRAINT uix_kline_gaps_symbol_start UNIQUE (symbol, gap_start),
    CONSTRAINT ck_kline_gaps_range CHECK (gap_start < gap_end),
    CONSTRAINT fk_kline_gaps_backfill_run FOREIGN KEY (backfill_run_id) REFERENCES backfill_runs (id)
);

CREATE INDEX ix_kline_gaps_backfill_run_id ON kline_gaps (backfill_run_id);

-- migrate:down
DROP TABLE kline_gaps;
