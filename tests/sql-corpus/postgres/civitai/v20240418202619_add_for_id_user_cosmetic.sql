-- revision: v20240418202619
-- down_revision: v20240411185822
-- message: civitai/civitai add_for_id_user_cosmetic

-- migrate:up
-- AlterTable
ALTER TABLE "CosmeticShopSection" ADD COLUMN     "published" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "UserCosmetic" ADD COLUMN     "forId" INTEGER,
ADD COLUMN     "forType" "CosmeticEntity";

-- migrate:down irreversible
