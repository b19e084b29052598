-- revision: v20260807120000
-- down_revision: v20260806120000
-- message: langfuse/langfuse drop_job_execution_configuration_fk

-- migrate:up
-- Prisma does not automatically wrap PostgreSQL migrations in a transaction.
-- BEGIN; (the revision's own transaction)

SET LOCAL lock_timeout = '5s';
SET LOCAL statement_timeout = '30s';

ALTER TABLE "job_executions"
  DROP CONSTRAINT IF EXISTS "job_executions_job_configuration_id_fkey";

-- COMMIT; (the revision's own transaction)

-- migrate:down irreversible
