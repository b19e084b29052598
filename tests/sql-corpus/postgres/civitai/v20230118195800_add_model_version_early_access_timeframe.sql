-- revision: v20230118195800
-- down_revision: v20230118154709
-- message: civitai/civitai add_model_version_early_access_timeframe

-- migrate:up
/*
  Warnings:

  - You are about to drop the column `earlyAccessTimeFrame` on the `Model` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE "Model" DROP COLUMN "earlyAccessTimeFrame";

-- AlterTable
ALTER TABLE "ModelVersion" ADD COLUMN     "earlyAccessTimeFrame" INTEGER NOT NULL DEFAULT 0;

-- migrate:down irreversible
