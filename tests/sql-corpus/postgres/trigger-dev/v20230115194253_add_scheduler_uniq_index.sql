-- revision: v20230115194253
-- down_revision: v20230115194010
-- message: triggerdotdev/trigger.dev add_scheduler_uniq_index

-- migrate:up
/*
  Warnings:

  - A unique constraint covering the columns `[workflowId,environmentId]` on the table `SchedulerSource` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateIndex
CREATE UNIQUE INDEX "SchedulerSource_workflowId_environmentId_key" ON "SchedulerSource"("workflowId", "environmentId");

-- migrate:down irreversible
