-- revision: v20240111143445
-- down_revision: v20240110202344
-- message: civitai/civitai dm_chat_owner

-- migrate:up
-- AlterTable
ALTER TABLE "Chat" ADD COLUMN     "ownerId" INTEGER NOT NULL default -1;

-- AddForeignKey
ALTER TABLE "Chat" ADD CONSTRAINT "Chat_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- migrate:down irreversible
