-- revision: v20221216140358
-- down_revision: v20221216135920
-- message: triggerdotdev/trigger.dev rename_data_to_input

-- migrate:up
/*
  Warnings:

  - You are about to drop the column `data` on the `WorkflowRun` table. All the data in the column will be lost.
  - Added the required column `input` to the `WorkflowRun` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
ALTER TABLE "WorkflowRun" DROP COLUMN "data",
ADD COLUMN     "input" JSONB NOT NULL;

-- migrate:down irreversible
