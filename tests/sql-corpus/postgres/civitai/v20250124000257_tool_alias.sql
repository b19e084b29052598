-- revision: v20250124000257
-- down_revision: v20250123000929
-- message: civitai/civitai tool_alias

-- migrate:up
-- AlterTable
ALTER TABLE "Tool" ADD COLUMN     "alias" TEXT;

-- migrate:down irreversible
