-- revision: v20250709185739
-- down_revision: v20250702102300
-- message: civitai/civitai add_price_id_to_redeemable_code
-- transactional: false

-- migrate:up
-- AlterEnum
ALTER TYPE "PaymentProvider" ADD VALUE 'Civitai';
 
-- AlterTable
ALTER TABLE "RedeemableCode" ADD COLUMN     "priceId" TEXT;
 
-- AddForeignKey
ALTER TABLE "RedeemableCode" ADD CONSTRAINT "RedeemableCode_priceId_fkey" FOREIGN KEY ("priceId") REFERENCES "Price"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- migrate:down irreversible
