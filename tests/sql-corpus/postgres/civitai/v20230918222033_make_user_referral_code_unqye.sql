-- revision: v20230918222033
-- down_revision: v20230918202805
-- message: civitai/civitai make_user_referral_code_unqye

-- migrate:up
-- AlterTable
ALTER TABLE "UserReferralCode" ALTER COLUMN "note" DROP NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "UserReferralCode_code_key" ON "UserReferralCode"("code");

-- migrate:down irreversible
