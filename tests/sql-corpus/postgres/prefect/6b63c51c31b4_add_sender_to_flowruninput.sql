-- revision: 6b63c51c31b4
-- down_revision: 7c453555d3a5
-- message: PrefectHQ/prefect add_sender_to_flowruninput

-- migrate:up
-- alembic: upgrade 7c453555d3a5 -> 6b63c51c31b4

ALTER TABLE flow_run_input ADD COLUMN sender VARCHAR;

-- migrate:down
-- alembic: downgrade 6b63c51c31b4 -> 7c453555d3a5

ALTER TABLE flow_run_input DROP COLUMN sender;
