-- revision: v20231203043804
-- down_revision: v20231201094437
-- message: civitai/civitai generation_metrics

-- migrate:up
-- AlterTable
ALTER TABLE "ModelMetric" ADD COLUMN     "generationCount" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "ModelVersionMetric" ADD COLUMN     "generationCount" INTEGER NOT NULL DEFAULT 0;

-- migrate:down irreversible
