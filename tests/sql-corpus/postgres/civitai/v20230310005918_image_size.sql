-- revision: v20230310005918
-- down_revision: v20230309235349
-- message: civitai/civitai image_size

-- migrate:up
-- AlterTable
ALTER TABLE "Image" ADD COLUMN     "sizeKB" INTEGER;

-- migrate:down irreversible
