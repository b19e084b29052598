-- revision: v20221223150238
-- down_revision: v20221223145049
-- message: triggerdotdev/trigger.dev add_event_rule_to_workflow_runs

-- migrate:up
/*
  Warnings:

  - Added the required column `eventRuleId` to the `WorkflowRun` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
ALTER TABLE "WorkflowRun" ADD COLUMN     "eventRuleId" TEXT NOT NULL;

-- AddForeignKey
ALTER TABLE "WorkflowRun" ADD CONSTRAINT "WorkflowRun_eventRuleId_fkey" FOREIGN KEY ("eventRuleId") REFERENCES "EventRule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- migrate:down irreversible
