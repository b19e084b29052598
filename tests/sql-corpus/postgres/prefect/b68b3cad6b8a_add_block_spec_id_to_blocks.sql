-- revision: b68b3cad6b8a
-- down_revision: d115556a8ab6
-- message: PrefectHQ/prefect add_block_spec_id_to_blocks

-- migrate:up
-- alembic: upgrade d115556a8ab6 -> b68b3cad6b8a

ALTER TABLE block ADD COLUMN block_spec_id UUID NOT NULL;

ALTER TABLE block DROP CONSTRAINT uq_block__name;

CREATE UNIQUE INDEX uq_block__spec_id_name ON block (block_spec_id, name);

ALTER TABLE block ADD CONSTRAINT fk_block__block_spec_id__block_spec FOREIGN KEY(block_spec_id) REFERENCES block_spec (id) ON DELETE cascade;

ALTER TABLE block DROP COLUMN blockref;

ALTER TABLE block ADD COLUMN is_default_storage_block BOOLEAN DEFAULT '0';

CREATE INDEX ix_block__is_default_storage_block ON block (is_default_storage_block);

-- migrate:down
-- alembic: downgrade b68b3cad6b8a -> d115556a8ab6

ALTER TABLE block ADD COLUMN blockref VARCHAR;

ALTER TABLE block DROP CONSTRAINT fk_block__block_spec_id__block_spec;

DROP INDEX uq_block__spec_id_name;

ALTER TABLE block ADD CONSTRAINT uq_block__name UNIQUE (name);

ALTER TABLE block DROP COLUMN block_spec_id;

DROP INDEX ix_block__is_default_storage_block;

ALTER TABLE block DROP COLUMN is_default_storage_block;
