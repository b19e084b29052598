-- revision: 61c76ee09e02
-- down_revision: 3a7c41d3b464
-- message: PrefectHQ/prefect add_anonymous_column_for_block_documents

-- migrate:up
-- alembic: upgrade 3a7c41d3b464 -> 61c76ee09e02

ALTER TABLE block_document ADD COLUMN is_anonymous BOOLEAN DEFAULT '0' NOT NULL;

CREATE INDEX ix_block_document__is_anonymous ON block_document (is_anonymous);

-- migrate:down
-- alembic: downgrade 61c76ee09e02 -> 3a7c41d3b464

DROP INDEX ix_block_document__is_anonymous;

ALTER TABLE block_document DROP COLUMN is_anonymous;
