-- revision: v20241220035102
-- down_revision: v20241211191542
-- message: civitai/civitai buzz_claim_limit

-- migrate:up
-- AlterTable
ALTER TABLE "BuzzClaim"
ADD COLUMN     "claimed" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "limit" INTEGER;

-- migrate:down irreversible
