-- revision: v20240321152907
-- down_revision: v20240313071941
-- message: civitai/civitai image_resource_strength

-- migrate:up
-- AlterTable
ALTER TABLE "ImageResource" ADD COLUMN     "strength" INTEGER;

-- migrate:down irreversible
