-- revision: v20231121050854
-- down_revision: v20231118201935
-- message: civitai/civitai holiday_cosmetics
-- transactional: false

-- migrate:up
-- AlterEnum
ALTER TYPE "CosmeticType" ADD VALUE 'ContentDecoration';

-- AlterTable
ALTER TABLE "Cosmetic" ADD COLUMN     "availableQuery" TEXT;

-- AlterTable
ALTER TABLE "UserCosmetic" ADD COLUMN     "data" JSONB;

-- migrate:down irreversible
