-- revision: v20240624134110
-- down_revision: v20240620165739
-- message: civitai/civitai tool_metadata

-- migrate:up
-- AlterTable
ALTER TABLE "Tool" ADD COLUMN     "metadata" JSONB NOT NULL DEFAULT '{}';

-- migrate:down irreversible
