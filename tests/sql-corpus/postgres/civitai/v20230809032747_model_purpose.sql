-- revision: v20230809032747
-- down_revision: v20230728170432
-- message: civitai/civitai model_purpose

-- migrate:up
-- AlterTable
ALTER TABLE "ModelVersion" ADD COLUMN     "baseModelType" TEXT;

-- migrate:down irreversible
