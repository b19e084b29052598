-- revision: 20251019_0004
-- down_revision: 20251018_0002
-- message: create predictions table

-- Other side of the branch that starts at 20251018_0002 (see 20251019_0003).
-- target_open_time uses the same epoch-millisecond scale as klines.open_time,
-- so a prediction can be joined to the candle it forecast.

-- migrate:up
CREATE TABLE predictions (
    id INTEGER NOT NULL,
    symbol VARCHAR(32) NOT NULL,
    model_name VARCHAR(64) NOT NULL,
    model_version VARCHAR(32) NOT NULL,
    horizon_minutes INTEGER NOT NULL,
    target_open_time BIGINT NOT NULL,
    predicted_close NUMERIC(20, 8) NOT NULL,
    confidence NUMERIC(5, 4) NULL,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT pk_predictions PRIMARY KEY (id),
    CONSTRAINT uix_predictions_model_symbol_target UNIQUE (model_name, model_version, symbol, target_open_time),
    CONSTRAINT ck_predictions_horizon CHECK (horizon_minutes > 0),
    CONSTRAINT ck_predictions_confidence CHECK (confidence >= 0 AND confidence <= 1)
);

CREATE INDEX ix_predictions_symbol_target ON predictions (symbol, target_open_time);

-- migrate:down
DROP TABLE predictions;
