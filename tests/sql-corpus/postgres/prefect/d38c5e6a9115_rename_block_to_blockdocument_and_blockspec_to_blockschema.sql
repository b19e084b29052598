-- revision: d38c5e6a9115
-- down_revision: 14dc68cc5853
-- message: PrefectHQ/prefect rename_block_to_blockdocument_and_blockspec_to_blockschema

-- migrate:up
-- alembic: upgrade 14dc68cc5853 -> d38c5e6a9115

ALTER TABLE block_spec RENAME TO block_schema;

ALTER TABLE block RENAME TO block_document;

DROP INDEX ix_block__is_default_storage_block;

DROP INDEX ix_block__name;

DROP INDEX ix_block__updated;

DROP INDEX uq_block__spec_id_name;

ALTER TABLE block_document RENAME block_spec_id TO block_schema_id;

ALTER TABLE block_document RENAME is_default_storage_block TO is_default_storage_block_document;

ALTER TABLE block_document DROP CONSTRAINT fk_block__block_spec_id__block_spec;

ALTER TABLE block_document DROP CONSTRAINT pk_block_data;

CREATE INDEX ix_block_document__is_default_storage_block_document ON block_document (is_default_storage_block_document);

CREATE INDEX ix_block_document__name ON block_document (name);

CREATE INDEX ix_block_document__updated ON block_document (updated);

CREATE UNIQUE INDEX uq_block__schema_id_name ON block_document (block_schema_id, name);

DROP INDEX ix_block_spec__type;

DROP INDEX ix_block_spec__updated;

DROP INDEX uq_block_spec__name_version;

CREATE INDEX ix_block_schema__type ON block_schema (type);

CREATE INDEX ix_block_schema__updated ON block_schema (updated);

CREATE UNIQUE INDEX uq_block_schema__name_version ON block_schema (name, version);

ALTER TABLE block_schema DROP CONSTRAINT pk_block_spec;

ALTER TABLE block_schema ADD CONSTRAINT pk_block_schema PRIMARY KEY (id);

ALTER TABLE block_document ADD CONSTRAINT pk_block_document PRIMARY KEY (id);

ALTER TABLE block_document ADD CONSTRAINT fk_block__block_schema_id__block_schema FOREIGN KEY(block_schema_id) REFERENCES block_schema (id) ON DELETE cascade;

-- migrate:down
-- alembic: downgrade d38c5e6a9115 -> 14dc68cc5853

ALTER TABLE block_schema RENAME TO block_spec;

ALTER TABLE block_document RENAME TO block;

DROP INDEX ix_block_document__is_default_storage_block_document;

DROP INDEX ix_block_document__name;

DROP INDEX ix_block_document__updated;

DROP INDEX uq_block__schema_id_name;

ALTER TABLE block DROP CONSTRAINT fk_block__block_schema_id__block_schema;

ALTER TABLE block DROP CONSTRAINT pk_block_document;

ALTER TABLE block RENAME block_schema_id TO block_spec_id;

ALTER TABLE block RENAME is_default_storage_block_document TO is_default_storage_block;

CREATE INDEX ix_block__is_default_storage_block ON block (is_default_storage_block);

CREATE INDEX ix_block__name ON block (name);

CREATE INDEX ix_block__updated ON block (updated);

CREATE UNIQUE INDEX uq_block__spec_id_name ON block (block_spec_id, name);

DROP INDEX ix_block_schema__type;

DROP INDEX ix_block_schema__updated;

DROP INDEX uq_block_schema__name_version;

CREATE INDEX ix_block_spec__type ON block_spec (type);

CREATE INDEX ix_block_spec__updated ON block_spec (updated);

CREATE UNIQUE INDEX uq_block_spec__name_version ON block_spec (name, version);

ALTER TABLE block_spec DROP CONSTRAINT pk_block_schema;

ALTER TABLE block_spec ADD CONSTRAINT pk_block_spec PRIMARY KEY (id);

ALTER TABLE block ADD CONSTRAINT pk_block_data PRIMARY KEY (id);

ALTER TABLE block ADD CONSTRAINT fk_block__block_spec_id__block_spec FOREIGN KEY(block_spec_id) REFERENCES block_spec (id) ON DELETE cascade;
