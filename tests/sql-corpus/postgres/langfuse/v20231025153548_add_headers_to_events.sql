-- revision: v20231025153548
-- down_revision: v20231021182825
-- message: langfuse/langfuse add_headers_to_events

-- migrate:up
-- AlterTable
ALTER TABLE "events" ADD COLUMN     "headers" JSONB NOT NULL DEFAULT '{}';

-- migrate:down irreversible
