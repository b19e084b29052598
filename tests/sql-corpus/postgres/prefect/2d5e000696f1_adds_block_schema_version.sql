-- revision: 2d5e000696f1
-- down_revision: 77eb737fc759
-- message: PrefectHQ/prefect adds_block_schema_version

-- migrate:up
-- alembic: upgrade 77eb737fc759 -> 2d5e000696f1

ALTER TABLE block_schema ADD COLUMN version VARCHAR DEFAULT 'non-versioned' NOT NULL;

DROP INDEX uq_block_schema__checksum;

CREATE UNIQUE INDEX uq_block_schema__checksum_version ON block_schema (checksum, version);

-- migrate:down
-- alembic: downgrade 2d5e000696f1 -> 77eb737fc759

DROP INDEX uq_block_schema__checksum_version;

CREATE INDEX uq_block_schema__checksum ON block_schema (checksum);

ALTER TABLE block_schema DROP COLUMN version;
