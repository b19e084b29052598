-- revision: v20240619185235
-- down_revision: v20240619181506
-- message: civitai/civitai add_video_url_to_cosmetic_shop_item

-- migrate:up
-- AlterTable
ALTER TABLE "CosmeticShopItem" ADD COLUMN "videoUrl" TEXT;

-- migrate:down irreversible
