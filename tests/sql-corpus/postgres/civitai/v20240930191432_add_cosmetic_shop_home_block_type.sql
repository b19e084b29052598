-- revision: v20240930191432
-- down_revision: v20240926213438
-- message: civitai/civitai add_cosmetic_shop_home_block_type
-- transactional: false

-- migrate:up
-- AlterEnum
ALTER TYPE "HomeBlockType" ADD VALUE 'CosmeticShop';
 

-- migrate:down irreversible
