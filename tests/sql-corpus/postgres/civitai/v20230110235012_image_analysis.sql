-- revision: v20230110235012
-- down_revision: v20230110213544
-- message: civitai/civitai image_analysis

-- migrate:up
-- AlterTable
ALTER TABLE "Image" ADD COLUMN     "analysis" JSONB;

-- migrate:down irreversible
