-- revision: v20240930192521
-- down_revision: v20240930191432
-- message: civitai/civitai model_flag_details_column

-- migrate:up
-- AlterTable
ALTER TABLE "ModelFlag" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "details" JSONB;

-- migrate:down irreversible
