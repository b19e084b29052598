-- revision: 20251018_0001
-- down_revision: none
-- message: create instruments reference table

-- Base revision of the quick-start set.
-- Everything in this directory is portable SQL that runs unchanged on
-- SQLite, PostgreSQL and MariaDB, so it sticks to plain types and named
-- constraints, and down sections drop whole tables rather than single indexes.

-- migrate:up
CREATE TABLE instruments (
    id INTEGER NOT NULL,
    exchange VARCHAR(32) NOT NULL,
    symbol VARCHAR(32) NOT NULL,
    base_asset VARCHAR(16) NOT NULL,
    quote_asset VARCHAR(16) NOT NULL,
    tick_size NUMERIC(18, 8) NOT NULL,
    lot_size NUMERIC(18, 8) NOT NULL,
    listed_at TIMESTAMP NULL,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT pk_instruments PRIMARY KEY (id),
    CONSTRAINT uix_instruments_exchange_symbol UNIQUE (exchange, symbol)
);

-- migrate:down
DROP TABLE instruments;
