-- revision: v20241206194713
-- down_revision: v20241206101500
-- message: civitai/civitai tool_unlisted_column

-- migrate:up
-- AlterTable
ALTER TABLE "Tool" ADD COLUMN     "unlisted" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
