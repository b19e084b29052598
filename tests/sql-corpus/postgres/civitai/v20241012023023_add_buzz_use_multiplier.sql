-- revision: v20241012023023
-- down_revision: v20241012021355
-- message: civitai/civitai add_buzz_use_multiplier

-- migrate:up
-- AlterTable
ALTER TABLE "BuzzClaim" ADD COLUMN     "useMultiplier" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
