-- revision: fa985d474982
-- down_revision: add97ce1937d
-- message: PrefectHQ/prefect add_index_to_flow_run_infrastructure_document_id
-- transactional: false

-- migrate:up
-- alembic: upgrade add97ce1937d -> fa985d474982

CREATE INDEX CONCURRENTLY ix_flow_run__infrastructure_document_id ON flow_run (infrastructure_document_id);

-- migrate:down
-- alembic: downgrade fa985d474982 -> add97ce1937d

DROP INDEX CONCURRENTLY ix_flow_run__infrastructure_document_id;
