-- revision: 20250411_0001
-- down_revision: none
-- message: create market_data and audit schemas

-- PostgreSQL-only example set showing TimescaleDB patterns.
-- The timescaledb extension itself is not created here. Creating it needs
-- elevated privileges, so it belongs to database provisioning. Every
-- Timescale-specific step below checks pg_extension first and becomes a
-- no-op on plain PostgreSQL.

-- migrate:up
CREATE SCHEMA market_data;
CREATE SCHEMA audit;

-- migrate:down
DROP SCHEMA audit;
DROP SCHEMA market_data;
