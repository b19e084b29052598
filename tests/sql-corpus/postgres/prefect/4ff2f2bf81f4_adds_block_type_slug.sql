-- revision: 4ff2f2bf81f4
-- down_revision: e085c9cbf8ce
-- message: PrefectHQ/prefect adds_block_type_slug

-- migrate:up
-- alembic: upgrade e085c9cbf8ce -> 4ff2f2bf81f4

ALTER TABLE block_type ADD COLUMN slug VARCHAR;

DROP INDEX uq_block_type__name;

CREATE UNIQUE INDEX uq_block_type__slug ON block_type (slug);

ALTER TABLE block_type ALTER COLUMN slug SET NOT NULL;

-- migrate:down
-- alembic: downgrade 4ff2f2bf81f4 -> e085c9cbf8ce

DROP INDEX uq_block_type__slug;

CREATE INDEX uq_block_type__name ON block_type (name);

ALTER TABLE block_type DROP COLUMN slug;
