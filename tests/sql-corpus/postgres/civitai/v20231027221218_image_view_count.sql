-- revision: v20231027221218
-- down_revision: v20231027035952
-- message: civitai/civitai image_view_count

-- migrate:up
-- AlterTable
ALTER TABLE "ImageMetric" ADD COLUMN     "viewCount" INTEGER NOT NULL DEFAULT 0;

-- migrate:down irreversible
