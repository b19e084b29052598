-- revision: v20240117150305
-- down_revision: v20240114174922
-- message: civitai/civitai add_ignored_to_chat_enum
-- transactional: false

-- migrate:up
-- AlterEnum
ALTER TYPE "ChatMemberStatus" ADD VALUE 'Ignored';

-- AlterTable
ALTER TABLE "ChatMember" ADD COLUMN "ignoredAt" TIMESTAMP(3);

-- AlterEnum
-- BEGIN; (the revision's own transaction)
ALTER TYPE "ChatMessageType" ADD VALUE 'Markdown';
-- COMMIT; (the revision's own transaction)

-- BEGIN; (the revision's own transaction)
ALTER TABLE "ChatMessage" ALTER COLUMN "contentType" DROP DEFAULT;
UPDATE "ChatMessage" SET "contentType" = 'Markdown' WHERE "contentType" = 'markdown';
ALTER TYPE "ChatMessageType" RENAME TO "ChatMessageType_old";
CREATE TYPE "ChatMessageType" AS ENUM ('Markdown');
ALTER TABLE "ChatMessage" ALTER COLUMN "contentType" TYPE "ChatMessageType" USING ("contentType"::text::"ChatMessageType");
DROP TYPE "ChatMessageType_old";
ALTER TABLE "ChatMessage" ALTER COLUMN "contentType" SET DEFAULT 'Markdown';
-- COMMIT; (the revision's own transaction)

-- migrate:down irreversible
