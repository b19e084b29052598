-- revision: v20240619092115
-- down_revision: v20240617215459
-- message: civitai/civitai reward_eligibility

-- migrate:up
-- CreateEnum
CREATE TYPE "RewardsEligibility" AS ENUM ('Eligible', 'Ineligible', 'Protected');

-- AlterTable
ALTER TABLE "User"
ADD COLUMN     "eligibilityChangedAt" TIMESTAMP(3),
ADD COLUMN     "rewardsEligibility" "RewardsEligibility" NOT NULL DEFAULT 'Eligible';

-- migrate:down irreversible
