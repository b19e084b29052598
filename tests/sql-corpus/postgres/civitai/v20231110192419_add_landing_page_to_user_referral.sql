-- revision: v20231110192419
-- down_revision: v20231109061817
-- message: civitai/civitai add_landing_page_to_user_referral

-- migrate:up
-- AlterTable
ALTER TABLE "UserReferral" ADD COLUMN     "landingPage" TEXT;

-- migrate:down irreversible
