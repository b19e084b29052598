-- revision: v20230721111651
-- down_revision: v20230720172051
-- message: langfuse/langfuse drop_usage_json

-- migrate:up
/*
  Warnings:

  - You are about to drop the column `usage` on the `observations` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE "observations" DROP COLUMN "usage";

-- migrate:down irreversible
