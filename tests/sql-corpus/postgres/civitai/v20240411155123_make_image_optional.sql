-- revision: v20240411155123
-- down_revision: v20240409202625
-- message: civitai/civitai make_image_optional

-- migrate:up
-- AlterTable
ALTER TABLE "CosmeticShopSection" ALTER COLUMN "placement" SET DEFAULT 0,
ALTER COLUMN "imageId" DROP NOT NULL;

-- migrate:down irreversible
