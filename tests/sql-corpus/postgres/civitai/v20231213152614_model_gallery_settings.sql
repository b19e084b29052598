-- revision: v20231213152614
-- down_revision: v20231207204618
-- message: civitai/civitai model_gallery_settings

-- migrate:up
-- AlterTable
ALTER TABLE "Model" ADD COLUMN     "gallerySettings" JSONB NOT NULL DEFAULT '{"users": [], "tags": [], "images": []}';

-- migrate:down irreversible
