-- revision: 0cf7311d6ea6
-- down_revision: bb4dc90d3e29
-- message: PrefectHQ/prefect add_crashed_state_type

-- migrate:up
-- alembic: upgrade bb4dc90d3e29 -> 0cf7311d6ea6

ALTER TYPE state_type ADD VALUE IF NOT EXISTS 'CRASHED';

-- migrate:down
-- alembic: downgrade 0cf7311d6ea6 -> bb4dc90d3e29
