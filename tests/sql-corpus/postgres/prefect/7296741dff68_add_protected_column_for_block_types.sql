-- revision: 7296741dff68
-- down_revision: 29ad9bef6147
-- message: PrefectHQ/prefect add_protected_column_for_block_types

-- migrate:up
-- alembic: upgrade 29ad9bef6147 -> 7296741dff68

ALTER TABLE block_type ADD COLUMN is_protected BOOLEAN DEFAULT '0' NOT NULL;

-- migrate:down
-- alembic: downgrade 7296741dff68 -> 29ad9bef6147

ALTER TABLE block_type DROP COLUMN is_protected;
