-- revision: v20240228050417
-- down_revision: v20240227181732
-- message: hatchet-dev/hatchet v0_13_2

-- migrate:up
-- AlterTable
ALTER TABLE "GetGroupKeyRun" ADD COLUMN     "scheduleTimeoutAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Step" ADD COLUMN     "scheduleTimeout" TEXT NOT NULL DEFAULT '5m';

-- AlterTable
ALTER TABLE "WorkflowVersion" ADD COLUMN     "scheduleTimeout" TEXT NOT NULL DEFAULT '5m';

-- migrate:down irreversible
