-- revision: v20231110203035
-- down_revision: v20231110192419
-- message: civitai/civitai add_login_redirect_reason_to_user_referral

-- migrate:up
-- AlterTable
ALTER TABLE "UserReferral" ADD COLUMN     "loginRedirectReason" TEXT;

-- migrate:down irreversible
