-- revision: d9d98a9ebb6f
-- down_revision: 679e695af6ba
-- message: PrefectHQ/prefect rename_block_data_table

-- migrate:up
-- alembic: upgrade 679e695af6ba -> d9d98a9ebb6f

ALTER TABLE block_data
        RENAME TO block;

-- migrate:down
-- alembic: downgrade d9d98a9ebb6f -> 679e695af6ba

ALTER TABLE block
        RENAME TO block_data;
