-- revision: bb4dc90d3e29
-- down_revision: 0f27d462bf6d
-- message: PrefectHQ/prefect renames_existing_block_types_and_deletes_removed_block_types

-- migrate:up
-- alembic: upgrade 0f27d462bf6d -> bb4dc90d3e29

-- migrate:down
-- alembic: downgrade bb4dc90d3e29 -> 0f27d462bf6d
