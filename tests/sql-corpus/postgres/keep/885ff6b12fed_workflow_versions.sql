-- revision: 885ff6b12fed
-- down_revision: 59991b568c7d
-- message: keephq/keep workflow_versions

-- migrate:up
-- alembic: upgrade 59991b568c7d -> 885ff6b12fed

CREATE TABLE workflowversion (
    workflow_id VARCHAR NOT NULL,
    revision INTEGER NOT NULL,
    workflow_raw TEXT,
    updated_by VARCHAR NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    is_valid BOOLEAN NOT NULL,
    is_current BOOLEAN NOT NULL,
    comment VARCHAR,
    PRIMARY KEY (workflow_id, revision),
    FOREIGN KEY(workflow_id) REFERENCES workflow (id)
);

ALTER TABLE workflow ALTER COLUMN last_updated SET NOT NULL;

ALTER TABLE workflow ALTER COLUMN last_updated SET DEFAULT CURRENT_TIMESTAMP;

ALTER TABLE workflowexecution ADD COLUMN workflow_revision INTEGER DEFAULT '1' NOT NULL;

CREATE INDEX idx_workflowexecution_tenant_workflow_id_revision_timestamp ON workflowexecution (tenant_id, workflow_id, workflow_revision, started);

CREATE INDEX idx_workflowexecution_workflow_revision_tenant_started_status ON workflowexecution (workflow_id, workflow_revision, tenant_id, started, status);

CREATE INDEX idx_workflowexecution_workflow_revision ON workflowexecution (workflow_id, workflow_revision);

-- migrate:down
-- alembic: downgrade 885ff6b12fed -> 59991b568c7d

ALTER TABLE workflowexecution DROP CONSTRAINT fk_workflowexecution_workflow;

ALTER TABLE workflowexecution DROP CONSTRAINT workflowexecution_tenant_id_fkey;

DROP INDEX idx_workflowexecution_workflow_revision;

DROP INDEX idx_workflowexecution_tenant_workflow_id_revision_timestamp;

DROP INDEX idx_workflowexecution_workflow_revision_tenant_started_status;

ALTER TABLE workflowexecution DROP COLUMN workflow_revision;

ALTER TABLE workflowexecution ADD CONSTRAINT workflowexecution_ibfk_1 FOREIGN KEY(tenant_id) REFERENCES tenant (id);

ALTER TABLE workflowexecution ADD CONSTRAINT workflowexecution_ibfk_2 FOREIGN KEY(workflow_id) REFERENCES workflow (id) ON DELETE SET DEFAULT;

DROP TABLE workflowversion;
