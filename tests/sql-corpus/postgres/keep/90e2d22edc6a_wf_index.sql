-- revision: 90e2d22edc6a
-- down_revision: 8176d7153747
-- message: keephq/keep wf_index
-- transactional: false

-- migrate:up
-- alembic: upgrade 8176d7153747 -> 90e2d22edc6a

CREATE INDEX idx_status_started ON workflowexecution (status, started);

-- migrate:down
-- alembic: downgrade 90e2d22edc6a -> 8176d7153747

DROP INDEX idx_status_started;
