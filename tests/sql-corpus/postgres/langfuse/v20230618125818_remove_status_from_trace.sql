-- revision: v20230618125818
-- down_revision: v20230530204241
-- message: langfuse/langfuse remove_status_from_trace

-- migrate:up
/*
  Warnings:

  - You are about to drop the column `status` on the `traces` table. All the data in the column will be lost.
  - You are about to drop the column `status_message` on the `traces` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE "traces" DROP COLUMN "status",
DROP COLUMN "status_message";

-- migrate:down irreversible
