-- revision: 971abbbf0a2c
-- down_revision: c0880e315ebe
-- message: keephq/keep default_workflow_id_none_for_workflowexecution_for_test_runs
-- transactional: false

-- migrate:up
-- alembic: upgrade c0880e315ebe -> 971abbbf0a2c

ALTER TABLE workflowexecution DROP CONSTRAINT workflowexecution_workflow_id_fkey;

INSERT INTO tenant (id, name)
    SELECT 'system-test-workflow', 'System Test Workflow Tenant'
    WHERE NOT EXISTS (SELECT 1 FROM tenant WHERE id = 'system-test-workflow');

INSERT INTO workflow (id, tenant_id, name, description, created_by, creation_time,
        workflow_raw, is_deleted, is_disabled, revision, last_updated)
    SELECT 'test',
        'system-test-workflow',
        'Test Workflow',
        'Auto-generated test workflow for unassociated executions',
        'system',
        CURRENT_TIMESTAMP,
        '{}',
        FALSE,
        FALSE,
        1,
        CURRENT_TIMESTAMP
    WHERE NOT EXISTS (SELECT 1 FROM workflow WHERE id = 'test');

DROP INDEX idx_status_started;

DROP INDEX idx_workflowexecution_workflow_tenant_started_status;

ALTER TABLE workflowexecution ALTER COLUMN workflow_id SET NOT NULL;

ALTER TABLE workflowexecution ALTER COLUMN workflow_id SET DEFAULT 'test';

CREATE INDEX idx_workflowexecution_workflow_tenant_started_status ON workflowexecution (workflow_id, tenant_id, started, status);

ALTER TABLE workflowexecution ADD CONSTRAINT fk_workflowexecution_workflow FOREIGN KEY (workflow_id) REFERENCES workflow(id) ON DELETE SET DEFAULT;

-- migrate:down
-- alembic: downgrade 971abbbf0a2c -> c0880e315ebe

DROP INDEX idx_workflowexecution_workflow_tenant_started_status;

CREATE INDEX idx_status_started ON workflowexecution (status, started);

ALTER TABLE workflowexecution ALTER COLUMN workflow_id DROP NOT NULL;

ALTER TABLE workflowexecution ALTER COLUMN workflow_id DROP DEFAULT;

UPDATE workflowexecution SET workflow_id = NULL WHERE workflow_id = 'test';
