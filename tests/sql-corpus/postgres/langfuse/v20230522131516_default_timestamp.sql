-- revision: v20230522131516
-- down_revision: v20230522094431
-- message: langfuse/langfuse default_timestamp

-- migrate:up
/*
  Warnings:

  - You are about to drop the column `createdAt` on the `metrics` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE "metrics" DROP COLUMN "createdAt",
ADD COLUMN     "timestamp" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "observations" ALTER COLUMN "start_time" SET DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "traces" ALTER COLUMN "timestamp" SET DEFAULT CURRENT_TIMESTAMP;

-- migrate:down irreversible
