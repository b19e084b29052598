-- revision: v20221205213338
-- down_revision: v20221203005905
-- message: civitai/civitai comment_table_update

-- migrate:up
/*
  Warnings:

  - Made the column `modelId` on table `Comment` required. This step will fail if there are existing NULL values in that column.

*/
-- AlterTable
ALTER TABLE "Comment" ALTER COLUMN "modelId" SET NOT NULL;

-- migrate:down irreversible
