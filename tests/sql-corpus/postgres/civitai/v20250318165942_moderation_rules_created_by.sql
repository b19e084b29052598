-- revision: v20250318165942
-- down_revision: v20250314203912
-- message: civitai/civitai moderation_rules_created_by

-- migrate:up
-- AlterTable
ALTER TABLE "ModerationRule" ADD COLUMN     "createdById" INTEGER NOT NULL;

-- AddForeignKey
ALTER TABLE "ModerationRule" ADD CONSTRAINT "ModerationRule_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- migrate:down irreversible
