-- revision: 3a7c41d3b464
-- down_revision: 77ebcc9cf355
-- message: PrefectHQ/prefect adds_description_and_code_example_to_block_type

-- migrate:up
-- alembic: upgrade 77ebcc9cf355 -> 3a7c41d3b464

ALTER TABLE block_type ADD COLUMN description VARCHAR;

ALTER TABLE block_type ADD COLUMN code_example VARCHAR;

-- migrate:down
-- alembic: downgrade 3a7c41d3b464 -> 77ebcc9cf355

ALTER TABLE block_type DROP COLUMN code_example;

ALTER TABLE block_type DROP COLUMN description;
