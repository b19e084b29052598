-- revision: v20240430161943
-- down_revision: v20240424091046
-- message: hatchet-dev/hatchet v0_22_1

-- migrate:up
/*
  Warnings:

  - You are about to drop the column `status` on the `Worker` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE "Worker" DROP COLUMN "status";

-- DropEnum
DROP TYPE "WorkerStatus";

-- migrate:down irreversible
