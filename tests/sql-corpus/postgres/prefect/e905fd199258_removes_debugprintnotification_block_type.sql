-- revision: e905fd199258
-- down_revision: 4cdc2ba709a4
-- message: PrefectHQ/prefect removes_debugprintnotification_block_type

-- migrate:up
-- alembic: upgrade 4cdc2ba709a4 -> e905fd199258

DELETE FROM block_type WHERE name = 'Debug Print Notification';

-- migrate:down
-- alembic: downgrade e905fd199258 -> 4cdc2ba709a4
