-- revision: 3d20d954e058
-- down_revision: 55cc64020f6d
-- message: keephq/keep add_index_to_workflowexecution

-- migrate:up
-- alembic: upgrade 55cc64020f6d -> 3d20d954e058

CREATE INDEX idx_workflowexecution_tenant_workflow_id_timestamp ON workflowexecution (tenant_id, workflow_id, started DESC);

CREATE INDEX idx_workflowexecution_workflow_tenant_started_status ON workflowexecution (workflow_id, tenant_id, started DESC, status);

-- migrate:down
-- alembic: downgrade 3d20d954e058 -> 55cc64020f6d

DROP INDEX idx_workflowexecution_workflow_tenant_started_status;

DROP INDEX idx_workflowexecution_tenant_workflow_id_timestamp;
