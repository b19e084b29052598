-- revision: 772790c2e50a
-- down_revision: c5443d9deb0f
-- message: keephq/keep add_workflowtoincidentexecution

-- migrate:up
-- alembic: upgrade c5443d9deb0f -> 772790c2e50a

CREATE TABLE workflowtoincidentexecution (
    id SERIAL NOT NULL,
    workflow_execution_id VARCHAR NOT NULL,
    incident_id VARCHAR,
    PRIMARY KEY (id),
    FOREIGN KEY(workflow_execution_id) REFERENCES workflowexecution (id),
    UNIQUE (workflow_execution_id, incident_id)
);

-- migrate:down
-- alembic: downgrade 772790c2e50a -> c5443d9deb0f

DROP TABLE workflowtoincidentexecution;
