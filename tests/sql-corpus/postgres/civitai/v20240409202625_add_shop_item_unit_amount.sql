-- revision: v20240409202625
-- down_revision: v20240409152606
-- message: civitai/civitai add_shop_item_unit_amount

-- migrate:up
-- AlterTable
ALTER TABLE "CosmeticShopItem" DROP COLUMN "unitValue",
ADD COLUMN     "unitAmount" INTEGER NOT NULL;

-- AlterTable
ALTER TABLE "UserCosmeticShopPurchases" DROP COLUMN "unitValue",
ADD COLUMN     "unitAmount" INTEGER NOT NULL;

-- migrate:down irreversible
