-- revision: v20250324192007
-- down_revision: v20250320124141
-- message: civitai/civitai add_image_poi

-- migrate:up
-- AlterTable
ALTER TABLE "Image" ADD COLUMN     "poi" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
