-- revision: v20240603200922
-- down_revision: v20240528220022
-- message: civitai/civitai tool_priority

-- migrate:up

-- AlterTable
ALTER TABLE "Tool" ADD COLUMN     "priority" INTEGER;

-- migrate:down irreversible
