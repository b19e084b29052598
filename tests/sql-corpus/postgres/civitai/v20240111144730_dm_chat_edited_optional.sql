-- revision: v20240111144730
-- down_revision: v20240111143445
-- message: civitai/civitai dm_chat_edited_optional

-- migrate:up
-- AlterTable
ALTER TABLE "Chat" ALTER COLUMN "ownerId" DROP DEFAULT;

-- AlterTable
ALTER TABLE "ChatMessage" ALTER COLUMN "editedAt" DROP NOT NULL;

-- migrate:down irreversible
