-- revision: cef24af2ec34
-- down_revision: bfe653bbf62e
-- message: PrefectHQ/prefect add_block_type_name_to_block_document
-- transactional: false

-- migrate:up
-- alembic: upgrade bfe653bbf62e -> cef24af2ec34

ALTER TABLE block_document ADD COLUMN block_type_name VARCHAR;

CREATE INDEX CONCURRENTLY IF NOT EXISTS
            ix_block_document__block_type_name__name
            ON block_document (block_type_name, name);

-- migrate:down
-- alembic: downgrade cef24af2ec34 -> bfe653bbf62e

ALTER TABLE block_document DROP COLUMN block_type_name;

DROP INDEX CONCURRENTLY IF EXISTS
             ix_block_document__block_type_name__name;
