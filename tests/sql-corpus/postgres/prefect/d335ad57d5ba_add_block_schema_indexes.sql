-- revision: d335ad57d5ba
-- down_revision: 61c76ee09e02
-- message: PrefectHQ/prefect add_block_schema_indexes

-- migrate:up
-- alembic: upgrade 61c76ee09e02 -> d335ad57d5ba

CREATE INDEX ix_block_schema__block_type_id ON block_schema (block_type_id);

CREATE INDEX ix_block_schema__created ON block_schema (created);

DROP INDEX ix_block_schema__checksum;

-- migrate:down
-- alembic: downgrade d335ad57d5ba -> 61c76ee09e02

DROP INDEX ix_block_schema__created;

DROP INDEX ix_block_schema__block_type_id;

CREATE INDEX ix_block_schema__checksum ON block_schema (checksum);
