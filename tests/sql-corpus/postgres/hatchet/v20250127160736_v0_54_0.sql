-- revision: v20250127160736
-- down_revision: v20241217152316
-- message: hatchet-dev/hatchet v0_54_0

-- migrate:up
-- Add value to enum type: "WorkflowRunStatus"
ALTER TYPE "WorkflowRunStatus" ADD VALUE 'BACKOFF';
-- Add value to enum type: "StepRunStatus"
ALTER TYPE "StepRunStatus" ADD VALUE 'BACKOFF';
-- Add value to enum type: "JobRunStatus"
ALTER TYPE "JobRunStatus" ADD VALUE 'BACKOFF';

-- migrate:down irreversible
