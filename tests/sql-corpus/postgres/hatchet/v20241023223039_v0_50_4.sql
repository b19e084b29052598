-- revision: v20241023223039
-- down_revision: v20241023112235
-- message: hatchet-dev/hatchet v0_50_4
-- transactional: false

-- migrate:up
-- +goose NO TRANSACTION

-- Create index "WorkflowRun_parentId_parentStepRunId_childIndex_key" to table: "WorkflowRun"
CREATE INDEX CONCURRENTLY IF NOT EXISTS "WorkflowRun_parentId_parentStepRunId_childIndex_key"
ON "WorkflowRun" ("parentId", "parentStepRunId", "childIndex")
WHERE ("deletedAt" IS NULL);

-- migrate:down irreversible
