-- revision: v20240409152606
-- down_revision: v20240405133543
-- message: civitai/civitai add_cosmetic_reference_to_item

-- migrate:up
-- AddForeignKey
ALTER TABLE "CosmeticShopItem" ADD CONSTRAINT "CosmeticShopItem_cosmeticId_fkey" FOREIGN KEY ("cosmeticId") REFERENCES "Cosmetic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- migrate:down irreversible
