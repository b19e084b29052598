-- revision: v20230921160043
-- down_revision: v20230921142409
-- message: civitai/civitai add_created_updated_at_buzz_tip

-- migrate:up
-- AlterTable
ALTER TABLE "BuzzTip" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL;

-- migrate:down irreversible
