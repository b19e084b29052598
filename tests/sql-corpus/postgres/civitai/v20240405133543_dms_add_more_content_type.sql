-- revision: v20240405133543
-- down_revision: v20240403142806
-- message: civitai/civitai dms_add_more_content_type
-- transactional: false

-- migrate:up
ALTER TYPE "ChatMessageType" ADD VALUE 'Image';
ALTER TYPE "ChatMessageType" ADD VALUE 'Video';
ALTER TYPE "ChatMessageType" ADD VALUE 'Audio';
ALTER TYPE "ChatMessageType" ADD VALUE 'Embed';

-- migrate:down irreversible
