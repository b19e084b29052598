-- revision: v20250425195241
-- down_revision: v20250425193919
-- message: civitai/civitai image_needs_review_index

-- migrate:up
DROP INDEX IF EXISTS "Image_nsfw";

DROP INDEX IF EXISTS "Image_needsReview_index";

CREATE INDEX "Image_needsReview_index" ON "Image"("needsReview") WHERE "needsReview" IS NOT NULL;

-- migrate:down irreversible
