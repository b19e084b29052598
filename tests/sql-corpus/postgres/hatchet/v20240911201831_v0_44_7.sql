-- revision: v20240911201831
-- down_revision: v20240911124017
-- message: hatchet-dev/hatchet v0_44_7

-- migrate:up
-- DropForeignKey
ALTER TABLE "WorkerSemaphore" DROP CONSTRAINT "WorkerSemaphore_workerId_fkey";

-- DropForeignKey
ALTER TABLE "WorkerSemaphoreCount" DROP CONSTRAINT "WorkerSemaphoreCount_workerId_fkey";

-- DropForeignKey
ALTER TABLE "WorkerSemaphoreSlot" DROP CONSTRAINT "WorkerSemaphoreSlot_stepRunId_fkey";

-- DropForeignKey
ALTER TABLE "WorkerSemaphoreSlot" DROP CONSTRAINT "WorkerSemaphoreSlot_workerId_fkey";

-- DropTable
DROP TABLE "WorkerSemaphore";

-- DropTable
DROP TABLE "WorkerSemaphoreCount";

-- DropTable
DROP TABLE "WorkerSemaphoreSlot";

-- migrate:down irreversible
