-- revision: v20241012021355
-- down_revision: v20241003192438
-- message: civitai/civitai add_buzz_claim_account_type

-- migrate:up

-- CreateEnum
CREATE TYPE "BuzzAccountType" AS ENUM ('user', 'generation', 'club');

-- AlterTable
ALTER TABLE "BuzzClaim" ADD COLUMN     "accountType" "BuzzAccountType" NOT NULL DEFAULT 'user';

-- migrate:down irreversible
