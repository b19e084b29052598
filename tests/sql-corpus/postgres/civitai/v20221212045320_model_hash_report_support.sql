-- revision: v20221212045320
-- down_revision: v20221212033336
-- message: civitai/civitai model_hash_report_support
-- transactional: false

-- migrate:up
-- AlterEnum
ALTER TYPE "UserActivityType" ADD VALUE 'HashReport';

-- AlterTable
ALTER TABLE "Image" ADD COLUMN     "tosViolation" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
