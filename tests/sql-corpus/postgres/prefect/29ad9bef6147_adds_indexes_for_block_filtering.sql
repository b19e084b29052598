-- revision: 29ad9bef6147
-- down_revision: d335ad57d5ba
-- message: PrefectHQ/prefect adds_indexes_for_block_filtering
-- transactional: false

-- migrate:up
-- alembic: upgrade d335ad57d5ba -> 29ad9bef6147

CREATE INDEX CONCURRENTLY
            trgm_ix_block_type_name
            ON block_type USING gin (name gin_trgm_ops);

CREATE INDEX CONCURRENTLY
            ix_block_schema__capabilities
            ON block_schema USING gin (capabilities);

-- migrate:down
-- alembic: downgrade 29ad9bef6147 -> d335ad57d5ba

DROP INDEX CONCURRENTLY trgm_ix_block_type_name;

DROP INDEX CONCURRENTLY ix_block_schema__capabilities;
