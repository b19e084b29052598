-- revision: v20230914200233
-- down_revision: v20230914165121
-- message: civitai/civitai bounty_poi

-- migrate:up
-- AlterTable
ALTER TABLE "Bounty" ADD COLUMN     "poi" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
