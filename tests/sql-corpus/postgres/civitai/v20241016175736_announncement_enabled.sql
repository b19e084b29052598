-- revision: v20241016175736
-- down_revision: v20241015005553
-- message: civitai/civitai announncement_enabled

-- migrate:up
-- AlterTable
ALTER TABLE "Announcement" ADD COLUMN     "enabled" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
