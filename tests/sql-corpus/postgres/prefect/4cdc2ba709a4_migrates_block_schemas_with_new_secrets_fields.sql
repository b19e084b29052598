-- revision: 4cdc2ba709a4
-- down_revision: 813ddf14e2de
-- message: PrefectHQ/prefect migrates_block_schemas_with_new_secrets_fields

-- migrate:up
-- alembic: upgrade 813ddf14e2de -> 4cdc2ba709a4

-- migrate:down
-- alembic: downgrade 4cdc2ba709a4 -> 813ddf14e2de
