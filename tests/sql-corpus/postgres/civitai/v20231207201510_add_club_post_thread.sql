-- revision: v20231207201510
-- down_revision: v20231203043804
-- message: civitai/civitai add_club_post_thread

-- migrate:up
-- BEGIN; (the revision's own transaction)
-- AlterTable
ALTER TABLE "Thread" ADD COLUMN     "clubPostId" INTEGER;

-- CreateIndex
CREATE UNIQUE INDEX "Thread_clubPostId_key" ON "Thread"("clubPostId");

-- AddForeignKey
ALTER TABLE "Thread" ADD CONSTRAINT "Thread_clubPostId_fkey" FOREIGN KEY ("clubPostId") REFERENCES "ClubPost"("id") ON DELETE SET NULL ON UPDATE CASCADE;
-- COMMIT; (the revision's own transaction)

-- migrate:down irreversible
