-- revision: 20251021_0007
-- down_revision: 20251021_0006
-- message: seed instruments and backfill klines.instrument_id

-- Data-only revision. It inserts the reference instruments and points
-- existing klines rows at them. The down section reverses exactly that,
-- clearing only the ids this revision inserted before deleting the rows.

-- migrate:up
INSERT INTO instruments (id, exchange, symbol, base_asset, quote_asset, tick_size, lot_size) VALUES
    (1, 'bybit', 'BTCUSDT', 'BTC', 'USDT', 0.10, 0.001),
    (2, 'bybit', 'ETHUSDT', 'ETH', 'USDT', 0.01, 0.01),
    (3, 'bybit', 'SOLUSDT', 'SOL', 'USDT', 0.001, 0.1);

UPDATE klines
SET instrument_id = (
    SELECT i.id
    FROM instruments i
    WHERE i.exchange = 'bybit' AND i.symbol = klines.symbol
)
WHERE instrument_id IS NULL
  AND symbol IN ('BTCUSDT', 'ETHUSDT', 'SOLUSDT');

-- migrate:down
UPDATE klines SET instrument_id = NULL WHERE instrument_id IN (1, 2, 3);

DELETE FROM instruments WHERE id IN (1, 2, 3);
