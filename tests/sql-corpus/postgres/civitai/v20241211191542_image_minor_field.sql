-- revision: v20241211191542
-- down_revision: v20241210165550
-- message: civitai/civitai image_minor_field

-- migrate:up
-- AlterTable
ALTER TABLE "Image" ADD COLUMN     "minor" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
