-- revision: 20251018_0002
-- down_revision: 20251018_0001
-- message: create klines table for 1m OHLCV candles

-- open_time and close_time are exchange timestamps in epoch milliseconds.
-- The unique (symbol, open_time) constraint lets ingest jobs upsert safely
-- and doubles as the index for per-symbol range scans.
-- instrument_id stays NULL until the reference-data revision fills it in.

-- migrate:up
CREATE TABLE klines (
    symbol VARCHAR(32) NOT NULL,
    open_time BIGINT NOT NULL,
    close_time BIGINT NOT NULL,
    open_price NUMERIC(20, 8) NOT NULL,
    high_price NUMERIC(20, 8) NOT NULL,
    low_price NUMERIC(20, 8) NOT NULL,
    close_price NUMERIC(20, 8) NOT NULL,
    volume NUMERIC(28, 8) NOT NULL,
    turnover NUMERIC(28, 8) NULL,
    instrument_id INTEGER NULL,
    ingested_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT uix_klines_symbol_open_time UNIQUE (symbol, open_time),
    CONSTRAINT ck_klines_price_range CHECK (low_price <= high_price),
    CONSTRAINT ck_klines_time_range CHECK (open_time < close_time),
    CONSTRAINT fk_klines_instrument FOREIGN KEY (instrument_id) REFERENCES instruments (id)
);

CREATE INDEX ix_klines_instrument_id ON klines (instrument_id);

-- migrate:down
DROP TABLE klines;
