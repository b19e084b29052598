-- revision: v20221219171221
-- down_revision: v20221219142856
-- message: triggerdotdev/trigger.dev support_output_step

-- migrate:up
-- AlterEnum
ALTER TYPE "WorkflowRunStepType" ADD VALUE 'OUTPUT';

-- AlterTable
ALTER TABLE "WorkflowRunStep" ALTER COLUMN "input" DROP NOT NULL;

-- migrate:down irreversible
