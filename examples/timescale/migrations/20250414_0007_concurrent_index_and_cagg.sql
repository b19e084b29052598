-- revision: 20250414_0007
-- down_revision: 20250413_0006
-- transactional: false
-- message: index audit_log concurrently and add hourly klines aggregate

-- Non-transactional revision. CREATE INDEX CONCURRENTLY and DROP INDEX
-- CONCURRENTLY refuse to run inside a transaction block, so the tool sends
-- each statement on its own. Every statement is idempotent, because a failure
-- halfway leaves the earlier statements applied and the revision must be safe
-- to run again. A failed concurrent build can leave an INVALID index behind,
-- and IF NOT EXISTS would then skip it, so drop that index before retrying.
-- The continuous aggregate is built WITH NO DATA because it is created
-- inside a DO block, and the refresh policy fills it in later. Without
-- TimescaleDB, or if klines is not a hypertable, that block does nothing.

-- migrate:up
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_audit_log_table_changed_at
    ON audit.audit_log (table_schema, table_name, changed_at);

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'timescaledb') THEN
        IF EXISTS (
            SELECT 1
            FROM timescaledb_information.hypertables
            WHERE hypertable_schema = 'market_data' AND hypertable_name = 'klines'
        ) THEN
            EXECUTE $cagg$
                CREATE MATERIALIZED VIEW IF NOT EXISTS market_data.klines_1h
                WITH (timescaledb.continuous) AS
                SELECT symbol,
                       time_bucket(INTERVAL '1 hour', open_time) AS bucket,
                       first(open, open_time) AS open,
                       max(high) AS high,
                       min(low) AS low,
                       last(close, open_time) AS close,
                       sum(volume) AS volume
                FROM market_data.klines
                GROUP BY symbol, time_bucket(INTERVAL '1 hour', open_time)
                WITH NO DATA
            $cagg$;
            PERFORM add_continuous_aggregate_policy(
                'market_data.klines_1h',
                start_offset => INTERVAL '3 days',
                end_offset => INTERVAL '1 hour',
                schedule_interval => INTERVAL '30 minutes',
                if_not_exists => TRUE
            );
        ELSE
            RAISE NOTICE 'market_data.klines is not a hypertable, skipping market_data.klines_1h';
        END IF;
    ELSE
        RAISE NOTICE 'timescaledb is not installed, skipping market_data.klines_1h';
    END IF;
END
$$;

-- migrate:down
DROP MATERIALIZED VIEW IF EXISTS market_data.klines_1h;

DROP INDEX CONCURRENTLY IF EXISTS audit.ix_audit_log_table_changed_at;
