-- revision: v20231123201130
-- down_revision: v20231122151806
-- message: civitai/civitai update_club_entity_table

-- migrate:up
-- BEGIN; (the revision's own transaction)
-- DropForeignKey
ALTER TABLE "ClubEntity" DROP CONSTRAINT "ClubEntity_clubTierId_fkey";

-- DropForeignKey
ALTER TABLE "ClubEntity" DROP CONSTRAINT "ClubEntity_userId_fkey";

-- AlterTable
ALTER TABLE "ClubEntity" DROP CONSTRAINT "ClubEntity_pkey",
DROP COLUMN "clubTierId",
DROP COLUMN "userId",
ADD COLUMN     "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "description" TEXT NOT NULL,
ADD COLUMN     "title" TEXT NOT NULL,
ADD CONSTRAINT "ClubEntity_pkey" PRIMARY KEY ("clubId", "entityId", "entityType");

-- AddForeignKey
ALTER TABLE "ClubEntity" ADD CONSTRAINT "ClubEntity_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- COMMIT; (the revision's own transaction)

-- migrate:down irreversible
