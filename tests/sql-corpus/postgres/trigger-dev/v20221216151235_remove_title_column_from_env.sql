-- revision: v20221216151235
-- down_revision: v20221216140541
-- message: triggerdotdev/trigger.dev remove_title_column_from_env

-- migrate:up
/*
  Warnings:

  - You are about to drop the column `title` on the `RuntimeEnvironment` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE "RuntimeEnvironment" DROP COLUMN "title";

-- migrate:down irreversible
