-- revision: v20221230234742
-- down_revision: v20221230223422
-- message: civitai/civitai review_exclusion

-- migrate:up
-- AlterTable
ALTER TABLE "Review" ADD COLUMN     "exclude" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
