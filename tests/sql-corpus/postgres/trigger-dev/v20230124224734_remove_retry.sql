-- revision: v20230124224734
-- down_revision: v20230124224344
-- message: triggerdotdev/trigger.dev remove_retry

-- migrate:up
/*
  Warnings:

  - You are about to drop the column `retry` on the `FetchRequest` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE "FetchRequest" DROP COLUMN "retry";

-- migrate:down irreversible
