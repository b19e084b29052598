-- revision: v20250417190811
-- down_revision: v20250416221729
-- message: civitai/civitai add_image_acceptable_minor

-- migrate:up
-- AlterTable
ALTER TABLE "Image" ADD COLUMN     "acceptableMinor" BOOLEAN NOT NULL DEFAULT false;
 

-- migrate:down irreversible
