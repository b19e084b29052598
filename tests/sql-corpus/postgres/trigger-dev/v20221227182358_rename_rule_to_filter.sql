-- revision: v20221227182358
-- down_revision: v20221223162136
-- message: triggerdotdev/trigger.dev rename_rule_to_filter

-- migrate:up
/*
  Warnings:

  - You are about to drop the column `rule` on the `EventRule` table. All the data in the column will be lost.
  - Added the required column `filter` to the `EventRule` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
ALTER TABLE "EventRule" DROP COLUMN "rule",
ADD COLUMN     "filter" JSONB NOT NULL;

-- migrate:down irreversible
