-- revision: 9c493c02ca6d
-- down_revision: cef24af2ec34
-- message: PrefectHQ/prefect add_trgm_index_to_block_document_name
-- transactional: false

-- migrate:up
-- alembic: upgrade cef24af2ec34 -> 9c493c02ca6d

CREATE INDEX CONCURRENTLY IF NOT EXISTS
            trgm_ix_block_document_name
            ON block_document USING gin (name gin_trgm_ops);

-- migrate:down
-- alembic: downgrade 9c493c02ca6d -> cef24af2ec34

DROP INDEX CONCURRENTLY IF EXISTS
            trgm_ix_block_document_name;
