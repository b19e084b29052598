-- revision: v20231130141155
-- down_revision: v20231128212202
-- message: civitai/civitai add_club_membershi_id

-- migrate:up
-- BEGIN; (the revision's own transaction)
-- AlterTable
ALTER TABLE "ClubMembership" ADD COLUMN     "downgradeClubTierId" INTEGER,
ADD COLUMN     "id" SERIAL NOT NULL,
ADD CONSTRAINT "ClubMembership_pkey" PRIMARY KEY ("id");

-- AddForeignKey
ALTER TABLE "ClubMembership" ADD CONSTRAINT "ClubMembership_downgradeClubTierId_fkey" FOREIGN KEY ("downgradeClubTierId") REFERENCES "ClubTier"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- COMMIT; (the revision's own transaction)

-- migrate:down irreversible
