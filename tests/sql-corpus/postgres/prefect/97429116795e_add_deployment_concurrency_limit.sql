-- revision: 97429116795e
-- down_revision: 7495a5013e7e
-- message: PrefectHQ/prefect add_deployment_concurrency_limit

-- migrate:up
-- alembic: upgrade 7495a5013e7e -> 97429116795e

ALTER TABLE deployment ADD COLUMN concurrency_limit INTEGER;

-- migrate:down
-- alembic: downgrade 97429116795e -> 7495a5013e7e

ALTER TABLE deployment DROP COLUMN concurrency_limit;
