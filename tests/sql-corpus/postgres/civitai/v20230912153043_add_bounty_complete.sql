-- revision: v20230912153043
-- down_revision: v20230912004157
-- message: civitai/civitai add_bounty_complete

-- migrate:up
-- AlterTable
ALTER TABLE "Bounty" ADD COLUMN     "complete" BOOLEAN NOT NULL DEFAULT false;


-- migrate:down irreversible
