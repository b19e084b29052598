-- revision: v20221114213528
-- down_revision: v20221114043025
-- message: civitai/civitai image_meta

-- migrate:up
/*
  Warnings:

  - You are about to drop the column `prompt` on the `Image` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE "Image" DROP COLUMN "prompt",
ADD COLUMN     "meta" JSONB;

-- migrate:down irreversible
