-- revision: v20240121232802
-- down_revision: v20240119204734
-- message: civitai/civitai buzz_claim_details

-- migrate:up
-- AlterTable
ALTER TABLE "BuzzClaim" ADD COLUMN     "description" TEXT NOT NULL,
ADD COLUMN     "title" TEXT NOT NULL;

-- migrate:down irreversible
