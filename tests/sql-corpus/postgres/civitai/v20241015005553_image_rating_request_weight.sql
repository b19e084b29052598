-- revision: v20241015005553
-- down_revision: v20241014234054
-- message: civitai/civitai image_rating_request_weight

-- migrate:up
-- AlterTable
ALTER TABLE "ImageRatingRequest" ADD COLUMN     "weight" INTEGER NOT NULL DEFAULT 1;

-- migrate:down irreversible
