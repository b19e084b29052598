-- revision: 0f27d462bf6d
-- down_revision: 112c68143fc3
-- message: PrefectHQ/prefect removing_default_storage_block_document

-- migrate:up
-- alembic: upgrade 112c68143fc3 -> 0f27d462bf6d

DROP INDEX ix_block_document__is_default_storage_block_document;

ALTER TABLE block_document DROP COLUMN is_default_storage_block_document;

-- migrate:down
-- alembic: downgrade 0f27d462bf6d -> 112c68143fc3

ALTER TABLE block_document ADD COLUMN is_default_storage_block_document BOOLEAN DEFAULT false;

CREATE INDEX ix_block_document__is_default_storage_block_document ON block_document (is_default_storage_block_document);
