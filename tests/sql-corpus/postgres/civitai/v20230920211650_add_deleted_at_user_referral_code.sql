-- revision: v20230920211650
-- down_revision: v20230920200843
-- message: civitai/civitai add_deleted_at_user_referral_code

-- migrate:up
 -- AlterTable
ALTER TABLE "UserReferralCode" ADD COLUMN     "deletedAt" TIMESTAMP(3);


-- migrate:down irreversible
