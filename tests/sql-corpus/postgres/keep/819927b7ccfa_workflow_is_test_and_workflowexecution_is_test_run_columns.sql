-- revision: 819927b7ccfa
-- down_revision: 885ff6b12fed
-- message: keephq/keep workflow_is_test_and_workflowexecution_is_test_run_columns

-- migrate:up
-- alembic: upgrade 885ff6b12fed -> 819927b7ccfa

ALTER TABLE workflow ADD COLUMN is_test BOOLEAN DEFAULT false NOT NULL;

ALTER TABLE workflowexecution ADD COLUMN is_test_run BOOLEAN DEFAULT false NOT NULL;

DELETE FROM workflowexecutionlog
        WHERE workflow_execution_id IN (
            SELECT id FROM workflowexecution WHERE workflow_id = 'test'
        );

DELETE FROM workflowtoalertexecution
        WHERE workflow_execution_id IN (
            SELECT id FROM workflowexecution WHERE workflow_id = 'test'
        );

DELETE FROM workflowtoincidentexecution
        WHERE workflow_execution_id IN (
            SELECT id FROM workflowexecution WHERE workflow_id = 'test'
        );

DELETE FROM workflowexecution WHERE workflow_id = 'test';

DELETE FROM workflowversion WHERE workflow_id = 'test';

DELETE FROM workflow WHERE id = 'test';

DELETE FROM tenant WHERE id = 'system-test-workflow';

-- migrate:down
-- alembic: downgrade 819927b7ccfa -> 885ff6b12fed

ALTER TABLE workflowexecution DROP COLUMN is_test_run;

ALTER TABLE workflow DROP COLUMN is_test;
