-- revision: 416155f25854
-- down_revision: 1c117f1accff
-- message: keephq/keep add_workflowexecution_started_index

-- migrate:up
-- alembic: upgrade 1c117f1accff -> 416155f25854

CREATE INDEX ix_workflowexecution_started ON workflowexecution (started);

-- migrate:down
-- alembic: downgrade 416155f25854 -> 1c117f1accff

DROP INDEX ix_workflowexecution_started;
