-- revision: v20230217213122
-- down_revision: v20230217033101
-- message: civitai/civitai image_needs_review

-- migrate:up
-- AlterTable
ALTER TABLE "Image" ADD COLUMN     "needsReview" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
