-- revision: 97e212ea6545
-- down_revision: fa985d474982
-- message: PrefectHQ/prefect add_deployment_version

-- migrate:up
-- alembic: upgrade fa985d474982 -> 97e212ea6545

ALTER TABLE deployment ADD COLUMN version VARCHAR;

-- migrate:down
-- alembic: downgrade 97e212ea6545 -> fa985d474982

ALTER TABLE deployment DROP COLUMN version;
