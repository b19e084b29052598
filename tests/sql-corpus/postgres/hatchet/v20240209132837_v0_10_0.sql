-- revision: v20240209132837
-- down_revision: v20240202042355
-- message: hatchet-dev/hatchet v0_10_0

-- migrate:up
-- AlterTable
ALTER TABLE "Step" ADD COLUMN     "customUserData" JSONB;

-- AlterTable
ALTER TABLE "StepRun" ADD COLUMN     "inputSchema" JSONB;

-- migrate:down irreversible
