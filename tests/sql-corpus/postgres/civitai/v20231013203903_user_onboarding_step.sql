-- revision: v20231013203903
-- down_revision: v20231006205635
-- message: civitai/civitai user_onboarding_step

-- migrate:up
-- BEGIN; (the revision's own transaction)
CREATE TYPE "OnboardingStep" AS ENUM ('Moderation', 'Buzz');
ALTER TABLE "User" ADD COLUMN "onboardingSteps" "OnboardingStep"[];
-- COMMIT; (the revision's own transaction)

-- BEGIN; (the revision's own transaction)
UPDATE "User" SET "onboardingSteps" = CASE
  WHEN onboarded = false THEN ARRAY['Moderation', 'Buzz']::"OnboardingStep"[]
  WHEN onboarded = true THEN ARRAY['Buzz']::"OnboardingStep"[]
END;
-- COMMIT; (the revision's own transaction)

ALTER TABLE "User" DROP COLUMN "onboarded";

-- migrate:down irreversible
