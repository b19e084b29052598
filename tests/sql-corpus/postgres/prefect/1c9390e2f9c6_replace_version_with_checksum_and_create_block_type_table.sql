-- revision: 1c9390e2f9c6
-- down_revision: d38c5e6a9115
-- message: PrefectHQ/prefect replace_version_with_checksum_and_create_block_type_table

-- migrate:up
-- alembic: upgrade d38c5e6a9115 -> 1c9390e2f9c6

CREATE TABLE block_type (
    id UUID DEFAULT (GEN_RANDOM_UUID()) NOT NULL,
    created TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    name VARCHAR NOT NULL,
    logo_url VARCHAR,
    documentation_url VARCHAR,
    CONSTRAINT pk_block_type PRIMARY KEY (id)
);

CREATE INDEX ix_block_type__updated ON block_type (updated);

CREATE UNIQUE INDEX uq_block_type__name ON block_type (name);

ALTER TABLE block_document ADD COLUMN block_type_id UUID;

DROP INDEX uq_block__schema_id_name;

CREATE UNIQUE INDEX uq_block__type_id_name ON block_document (block_type_id, name);

ALTER TABLE block_document ADD CONSTRAINT fk_block_document__block_type_id__block_type FOREIGN KEY(block_type_id) REFERENCES block_type (id) ON DELETE cascade;

ALTER TABLE block_schema ADD COLUMN checksum VARCHAR;

ALTER TABLE block_schema ADD COLUMN block_type_id UUID;

DROP INDEX uq_block_schema__name_version;

CREATE INDEX ix_block_schema__checksum ON block_schema (checksum);

CREATE UNIQUE INDEX uq_block_schema__checksum ON block_schema (checksum);

ALTER TABLE block_schema ADD CONSTRAINT fk_block_schema__block_type_id__block_type FOREIGN KEY(block_type_id) REFERENCES block_type (id) ON DELETE cascade;

ALTER TABLE block_schema DROP COLUMN version;

ALTER TABLE block_schema DROP COLUMN name;

ALTER TABLE block_schema ALTER COLUMN checksum SET NOT NULL;

ALTER TABLE block_schema ALTER COLUMN block_type_id SET NOT NULL;

ALTER TABLE block_document ALTER COLUMN block_type_id SET NOT NULL;

-- migrate:down
-- alembic: downgrade 1c9390e2f9c6 -> d38c5e6a9115

ALTER TABLE block_schema ADD COLUMN version VARCHAR;

ALTER TABLE block_schema ADD COLUMN name VARCHAR;

ALTER TABLE block_schema DROP CONSTRAINT fk_block_schema__block_type_id__block_type;

DROP INDEX uq_block_schema__checksum;

DROP INDEX ix_block_schema__checksum;

CREATE INDEX uq_block_schema__name_version ON block_schema (name, version);

ALTER TABLE block_schema DROP COLUMN block_type_id;

ALTER TABLE block_schema DROP COLUMN checksum;

ALTER TABLE block_document DROP CONSTRAINT fk_block_document__block_type_id__block_type;

DROP INDEX uq_block__type_id_name;

CREATE INDEX uq_block__schema_id_name ON block_document (block_schema_id, name);

ALTER TABLE block_document DROP COLUMN block_type_id;

DROP INDEX uq_block_type__name;

DROP INDEX ix_block_type__updated;

DROP TABLE block_type;
