-- revision: v20250821160642
-- down_revision: v20250801214540
-- message: civitai/civitai add_covered_checkpoint_pk

-- migrate:up
-- AlterTable
ALTER TABLE "public"."CoveredCheckpoint" ADD CONSTRAINT "CoveredCheckpoint_pkey" PRIMARY KEY ("model_id", "version_id");

-- DropIndex
DROP INDEX "public"."CoveredCheckpoint_modelVersion";

-- migrate:down irreversible
