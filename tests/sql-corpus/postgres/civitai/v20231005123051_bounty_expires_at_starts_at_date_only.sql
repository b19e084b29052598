-- revision: v20231005123051
-- down_revision: v20230929145153
-- message: civitai/civitai bounty_expires_at_starts_at_date_only

-- migrate:up
-- AlterTable
ALTER TABLE "Bounty" ALTER COLUMN "startsAt" SET DATA TYPE DATE,
ALTER COLUMN "expiresAt" SET DATA TYPE DATE,
ADD COLUMN "refunded" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
