-- revision: v20230211012925
-- down_revision: v20230210222835
-- message: civitai/civitai subscription_update_date

-- migrate:up
-- AlterTable
ALTER TABLE "CustomerSubscription" ADD COLUMN     "updatedAt" TIMESTAMP(3);

-- migrate:down irreversible
