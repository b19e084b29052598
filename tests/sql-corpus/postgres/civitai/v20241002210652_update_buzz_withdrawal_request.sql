-- revision: v20241002210652
-- down_revision: v20241002204701
-- message: civitai/civitai update_buzz_withdrawal_request

-- migrate:up

-- AlterTable
ALTER TABLE "BuzzWithdrawalRequest" ADD COLUMN     "requestedToId" TEXT,
ADD COLUMN     "requestedToProvider" TEXT NOT NULL DEFAULT 'Stripe',
ALTER COLUMN "connectedAccountId" DROP NOT NULL;

UPDATE "BuzzWithdrawalRequest" SET "requestedToId" = "connectedAccountId";

ALTER TABLE "BuzzWithdrawalRequest" ALTER COLUMN "requestedToId" SET NOT NULL, DROP COLUMN "connectedAccountId";

-- migrate:down irreversible
