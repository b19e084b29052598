-- revision: v20230921204323
-- down_revision: v20230921161619
-- message: civitai/civitai bounty_entry_description

-- migrate:up
-- AlterTable
ALTER TABLE "BountyEntry" ADD COLUMN     "description" TEXT;

-- migrate:down irreversible
