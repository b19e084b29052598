-- revision: v20240606185927
-- down_revision: v20240604172025
-- message: civitai/civitai tool_description

-- migrate:up
-- AlterTable
ALTER TABLE "Tool" ADD COLUMN     "description" TEXT;

-- migrate:down irreversible
