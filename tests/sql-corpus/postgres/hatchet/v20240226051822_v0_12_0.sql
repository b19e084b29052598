-- revision: v20240226051822
-- down_revision: v20240216133745
-- message: hatchet-dev/hatchet v0_12_0

-- migrate:up
-- AlterEnum
ALTER TYPE "ConcurrencyLimitStrategy" ADD VALUE 'GROUP_ROUND_ROBIN';

-- AlterTable
ALTER TABLE "Worker" ADD COLUMN     "maxRuns" INTEGER;

-- migrate:down irreversible
