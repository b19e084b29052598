-- revision: v20240728042317
-- down_revision: v20240726160629
-- message: hatchet-dev/hatchet v0_41_0

-- migrate:up
-- Create enum type "WorkflowKind"
CREATE TYPE "WorkflowKind" AS ENUM ('FUNCTION', 'DURABLE', 'DAG');
-- Modify "WorkflowVersion" table
ALTER TABLE "WorkflowVersion" ADD COLUMN "kind" "WorkflowKind" NOT NULL DEFAULT 'DAG';

-- migrate:down irreversible
