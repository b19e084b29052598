-- revision: v20240619152041
-- down_revision: v20240619092115
-- message: civitai/civitai entity_collaborator_last_message_sent_at

-- migrate:up
-- AlterTable
ALTER TABLE "EntityCollaborator" ADD COLUMN     "lastMessageSentAt" TIMESTAMP(3);
 

-- migrate:down irreversible
