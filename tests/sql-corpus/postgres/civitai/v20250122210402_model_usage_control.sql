-- revision: v20250122210402
-- down_revision: v20250121000000
-- message: civitai/civitai model_usage_control

-- migrate:up
-- CreateEnum
CREATE TYPE "ModelUsageControl" AS ENUM ('Download', 'Generation', 'InternalGeneration');

-- AlterTable
ALTER TABLE "ModelVersion" ADD COLUMN     "usageControl" "ModelUsageControl" NOT NULL DEFAULT 'Download';
 

-- migrate:down irreversible
