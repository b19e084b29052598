-- revision: v01_14
-- down_revision: v01_13
-- message: kestra-io/kestra subflow_executions

-- migrate:up
ALTER TABLE IF EXISTS workertaskexecutions RENAME TO subflow_executions;

ALTER TYPE queue_type ADD VALUE IF NOT EXISTS 'io.kestra.core.runners.SubflowExecutionResult';

-- migrate:down irreversible
