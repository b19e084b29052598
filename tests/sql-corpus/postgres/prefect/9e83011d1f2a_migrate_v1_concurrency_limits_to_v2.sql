-- revision: 9e83011d1f2a
-- down_revision: 3b86c5ea017a
-- message: PrefectHQ/prefect migrate_v1_concurrency_limits_to_v2

-- migrate:up
-- alembic: upgrade 3b86c5ea017a -> 9e83011d1f2a

-- migrate:down
-- alembic: downgrade 9e83011d1f2a -> 3b86c5ea017a
