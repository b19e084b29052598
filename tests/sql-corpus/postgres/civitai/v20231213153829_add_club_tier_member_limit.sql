-- revision: v20231213153829
-- down_revision: v20231213153118
-- message: civitai/civitai add_club_tier_member_limit

-- migrate:up
-- BEGIN; (the revision's own transaction)
-- AlterTable
ALTER TABLE "ClubTier" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "memberLimit" INTEGER,
ADD COLUMN     "updatedAt" TIMESTAMP(3);
-- COMMIT; (the revision's own transaction)

-- migrate:down irreversible
