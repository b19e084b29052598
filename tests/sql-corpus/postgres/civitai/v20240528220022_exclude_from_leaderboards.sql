-- revision: v20240528220022
-- down_revision: v20240528212836
-- message: civitai/civitai exclude_from_leaderboards

-- migrate:up
-- AlterTable
ALTER TABLE "User"
ADD COLUMN     "excludeFromLeaderboards" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
