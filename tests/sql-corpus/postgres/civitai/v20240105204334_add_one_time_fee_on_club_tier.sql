-- revision: v20240105204334
-- down_revision: v20240102211435
-- message: civitai/civitai add_one_time_fee_on_club_tier

-- migrate:up
-- AlterTable
ALTER TABLE "ClubTier" ADD COLUMN     "oneTimeFee" BOOLEAN NOT NULL DEFAULT false; 

-- migrate:down irreversible
