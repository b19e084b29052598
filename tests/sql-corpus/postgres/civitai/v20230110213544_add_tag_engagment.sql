-- revision: v20230110213544
-- down_revision: v20230106223259
-- message: civitai/civitai add_tag_engagment

-- migrate:up
-- CreateEnum
CREATE TYPE "TagEngagementType" AS ENUM ('Hide', 'Follow');

-- CreateTable
CREATE TABLE "TagEngagement" (
    "userId" INTEGER NOT NULL,
    "tagId" INTEGER NOT NULL,
    "type" "TagEngagementType" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TagEngagement_pkey" PRIMARY KEY ("userId","tagId")
);

-- AddForeignKey
ALTER TABLE "TagEngagement" ADD CONSTRAINT "TagEngagement_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TagEngagement" ADD CONSTRAINT "TagEngagement_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- migrate:down irreversible
