-- revision: 112c68143fc3
-- down_revision: e905fd199258
-- message: PrefectHQ/prefect add_infrastructure_document_id_to_deployments

-- migrate:up
-- alembic: upgrade e905fd199258 -> 112c68143fc3

ALTER TABLE deployment ADD COLUMN infrastructure_document_id UUID;

ALTER TABLE deployment ADD CONSTRAINT fk_deployment__infrastructure_document_id__block_document FOREIGN KEY(infrastructure_document_id) REFERENCES block_document (id) ON DELETE CASCADE;

ALTER TABLE flow_run ADD COLUMN infrastructure_document_id UUID;

ALTER TABLE flow_run ADD CONSTRAINT fk_flow_run__infrastructure_document_id__block_document FOREIGN KEY(infrastructure_document_id) REFERENCES block_document (id) ON DELETE CASCADE;

-- migrate:down
-- alembic: downgrade 112c68143fc3 -> e905fd199258

ALTER TABLE flow_run DROP CONSTRAINT fk_flow_run__infrastructure_document_id__block_document;

ALTER TABLE flow_run DROP COLUMN infrastructure_document_id;

ALTER TABLE deployment DROP CONSTRAINT fk_deployment__infrastructure_document_id__block_document;

ALTER TABLE deployment DROP COLUMN infrastructure_document_id;
