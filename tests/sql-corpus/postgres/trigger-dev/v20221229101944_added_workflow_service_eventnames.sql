-- revision: v20221229101944
-- down_revision: v20221229100124
-- message: triggerdotdev/trigger.dev added_workflow_service_eventnames

-- migrate:up
-- AlterTable
ALTER TABLE "Workflow" ADD COLUMN     "eventNames" TEXT[],
ADD COLUMN     "service" TEXT NOT NULL DEFAULT 'trigger';

-- migrate:down irreversible
