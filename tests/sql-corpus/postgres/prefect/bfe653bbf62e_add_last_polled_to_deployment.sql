-- revision: bfe653bbf62e
-- down_revision: 05ea6f882b1d
-- message: PrefectHQ/prefect add_last_polled_to_deployment

-- migrate:up
-- alembic: upgrade 05ea6f882b1d -> bfe653bbf62e

ALTER TABLE deployment ADD COLUMN last_polled TIMESTAMP WITH TIME ZONE;

-- migrate:down
-- alembic: downgrade bfe653bbf62e -> 05ea6f882b1d

ALTER TABLE deployment DROP COLUMN last_polled;
