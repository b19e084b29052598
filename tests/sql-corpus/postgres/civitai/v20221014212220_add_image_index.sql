-- revision: v20221014212220
-- down_revision: v20221014182803
-- message: civitai/civitai add_image_index

-- migrate:up
/*
  Warnings:

  - You are about to drop the column `type` on the `ImagesOnModels` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE "ImagesOnModels" DROP COLUMN "type",
ADD COLUMN     "index" INTEGER;

-- AlterTable
ALTER TABLE "ImagesOnReviews" ADD COLUMN     "index" INTEGER;

-- AlterTable
ALTER TABLE "ModelVersion" ADD COLUMN     "trainingDataUrl" TEXT;

-- migrate:down irreversible
