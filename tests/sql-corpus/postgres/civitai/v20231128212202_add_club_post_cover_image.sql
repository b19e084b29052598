-- revision: v20231128212202
-- down_revision: v20231127231440
-- message: civitai/civitai add_club_post_cover_image

-- migrate:up
-- BEGIN; (the revision's own transaction)
-- AlterTable
ALTER TABLE "ClubPost" ADD COLUMN     "coverImageId" INTEGER;

-- AddForeignKey
ALTER TABLE "ClubPost" ADD CONSTRAINT "ClubPost_coverImageId_fkey" FOREIGN KEY ("coverImageId") REFERENCES "Image"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- COMMIT; (the revision's own transaction)

-- migrate:down irreversible
