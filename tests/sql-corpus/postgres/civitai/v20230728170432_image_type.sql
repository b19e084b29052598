-- revision: v20230728170432
-- down_revision: v20230728063536
-- message: civitai/civitai image_type

-- migrate:up
-- AlterTable
ALTER TABLE "Image" ADD COLUMN     "metadata" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "type" "MediaType" NOT NULL DEFAULT 'image';

UPDATE "Image"
SET metadata = json_build_object('hash', hash, 'width', width, 'height', height);

UPDATE "Image"
SET type = 'video'
WHERE "mimeType" = 'image/gif';


-- migrate:down irreversible
