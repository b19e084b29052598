-- revision: v20231024143326
-- down_revision: v20231019210147
-- message: civitai/civitai user_referral_code_crated_at

-- migrate:up
-- AlterTable
ALTER TABLE "User" ALTER COLUMN "onboardingSteps" SET DEFAULT ARRAY['Moderation', 'Buzz']::"OnboardingStep"[];

-- AlterTable
ALTER TABLE "UserReferralCode" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- migrate:down irreversible
