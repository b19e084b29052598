-- revision: v20221223180254
-- down_revision: v20221223175226
-- message: civitai/civitai add_tag_target

-- migrate:up
/*
  Warnings:

  - Added the required column `target` to the `Tag` table without a default value. This is not possible if the table is not empty.

*/
-- CreateEnum
CREATE TYPE "TagTarget" AS ENUM ('Model', 'Question');

-- AlterTable
ALTER TABLE "Tag" ADD COLUMN     "target" "TagTarget";
UPDATE "Tag" SET "target" = 'Model';
ALTER TABLE "Tag" ALTER COLUMN     "target" SET NOT NULL;

-- migrate:down irreversible
