-- revision: v20230921142409
-- down_revision: v20230920211650
-- message: civitai/civitai add_user_id_index_user_referrals

-- migrate:up
-- CreateIndex
CREATE INDEX "UserReferralCode_userId_idx" ON "UserReferralCode" USING HASH ("userId");

-- migrate:down irreversible
