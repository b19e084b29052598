-- revision: v20231218152300
-- down_revision: v20231213182603
-- message: civitai/civitai add_unlisted_availability_to_post_entity_id_club_post

-- migrate:up
-- AlterTable
ALTER TABLE "ClubPost" ADD COLUMN     "entityId" INTEGER,
ADD COLUMN     "entityType" TEXT;

-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "availability" "Availability" NOT NULL DEFAULT 'Public',
ADD COLUMN     "unlisted" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
