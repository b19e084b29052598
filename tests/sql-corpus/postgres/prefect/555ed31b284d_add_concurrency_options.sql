-- revision: 555ed31b284d
-- down_revision: 97429116795e
-- message: PrefectHQ/prefect add_concurrency_options

-- migrate:up
-- alembic: upgrade 97429116795e -> 555ed31b284d

ALTER TABLE deployment ADD COLUMN concurrency_options JSONB;

-- migrate:down
-- alembic: downgrade 555ed31b284d -> 97429116795e

ALTER TABLE deployment DROP COLUMN concurrency_options;
