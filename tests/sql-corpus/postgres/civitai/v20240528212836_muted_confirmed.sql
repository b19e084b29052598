-- revision: v20240528212836
-- down_revision: v20240528185514
-- message: civitai/civitai muted_confirmed

-- migrate:up
-- AlterTable
ALTER TABLE "User" ADD COLUMN     "muteConfirmedAt" TIMESTAMP(3);

-- migrate:down irreversible
