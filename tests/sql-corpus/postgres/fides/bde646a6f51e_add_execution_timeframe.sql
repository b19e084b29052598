-- revision: bde646a6f51e
-- down_revision: c2f7a29c4780
-- message: ethyca/fides add_execution_timeframe

-- migrate:up
-- alembic: upgrade c2f7a29c4780 -> bde646a6f51e

ALTER TABLE policy ADD COLUMN execution_timeframe INTEGER;

-- migrate:down
-- alembic: downgrade bde646a6f51e -> c2f7a29c4780

ALTER TABLE policy DROP COLUMN execution_timeframe;
