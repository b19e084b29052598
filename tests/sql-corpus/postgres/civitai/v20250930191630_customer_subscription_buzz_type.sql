-- revision: v20250930191630
-- down_revision: v20250917164459
-- message: civitai/civitai customer_subscription_buzz_type

-- migrate:up
-- DropIndex
DROP INDEX "CustomerSubscription_userId_key";

-- AlterTable
ALTER TABLE "CustomerSubscription" ADD COLUMN     "buzzType" TEXT NOT NULL DEFAULT 'yellow';

-- CreateIndex
CREATE UNIQUE INDEX "CustomerSubscription_userId_buzzType_key" ON "CustomerSubscription"("userId", "buzzType");
 

-- migrate:down irreversible
