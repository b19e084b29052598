-- revision: v20221223145049
-- down_revision: v20221223144952
-- message: triggerdotdev/trigger.dev add_unique_constract_to_event_rule

-- migrate:up
/*
  Warnings:

  - A unique constraint covering the columns `[workflowId,environmentId]` on the table `EventRule` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateIndex
CREATE UNIQUE INDEX "EventRule_workflowId_environmentId_key" ON "EventRule"("workflowId", "environmentId");

-- migrate:down irreversible
