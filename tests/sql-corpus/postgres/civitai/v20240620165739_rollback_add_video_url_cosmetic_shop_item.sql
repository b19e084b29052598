-- revision: v20240620165739
-- down_revision: v20240620155119
-- message: civitai/civitai rollback_add_video_url_cosmetic_shop_item

-- migrate:up
-- AlterTable
ALTER TABLE "CosmeticShopItem" DROP COLUMN "videoUrl";

-- migrate:down irreversible
