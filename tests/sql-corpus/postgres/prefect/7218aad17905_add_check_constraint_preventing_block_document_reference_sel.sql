-- revision: 7218aad17905
-- down_revision: 09a9e091e578
-- message: PrefectHQ/prefect add_check_constraint_preventing_block_document_reference_sel

-- migrate:up
-- alembic: upgrade 09a9e091e578 -> 7218aad17905

DELETE FROM block_document_reference
        WHERE parent_block_document_id = reference_block_document_id;

ALTER TABLE block_document_reference ADD CONSTRAINT ck_block_document_reference__no_self_reference CHECK (parent_block_document_id != reference_block_document_id);

-- migrate:down
-- alembic: downgrade 7218aad17905 -> 09a9e091e578

ALTER TABLE block_document_reference DROP CONSTRAINT ck_block_document_reference__no_self_reference;
