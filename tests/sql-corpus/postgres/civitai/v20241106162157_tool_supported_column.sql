-- revision: v20241106162157
-- down_revision: v20241024204631
-- message: civitai/civitai tool_supported_column

-- migrate:up
-- AlterTable
ALTER TABLE "Tool" ADD COLUMN     "supported" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
