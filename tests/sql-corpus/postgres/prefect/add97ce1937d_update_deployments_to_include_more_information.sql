-- revision: add97ce1937d
-- down_revision: 4ff2f2bf81f4
-- message: PrefectHQ/prefect update_deployments_to_include_more_information

-- migrate:up
-- alembic: upgrade 4ff2f2bf81f4 -> add97ce1937d

ALTER TABLE deployment ADD COLUMN description TEXT;

ALTER TABLE deployment ADD COLUMN manifest_path VARCHAR;

UPDATE deployment SET manifest_path = '';

UPDATE deployment SET is_schedule_active = False;

ALTER TABLE deployment ADD COLUMN parameter_openapi_schema JSONB;

ALTER TABLE deployment ADD COLUMN storage_document_id UUID;

ALTER TABLE deployment ADD CONSTRAINT fk_deployment__storage_document_id__block_document FOREIGN KEY(storage_document_id) REFERENCES block_document (id) ON DELETE CASCADE;

-- migrate:down
-- alembic: downgrade add97ce1937d -> 4ff2f2bf81f4

ALTER TABLE deployment DROP COLUMN manifest_path;

ALTER TABLE deployment DROP COLUMN description;

ALTER TABLE deployment DROP COLUMN parameter_openapi_schema;

ALTER TABLE deployment DROP CONSTRAINT fk_deployment__storage_document_id__block_document;

ALTER TABLE deployment DROP COLUMN storage_document_id;
