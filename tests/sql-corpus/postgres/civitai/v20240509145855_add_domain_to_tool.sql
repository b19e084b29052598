-- revision: v20240509145855
-- down_revision: v20240508215105
-- message: civitai/civitai add_domain_to_tool

-- migrate:up
-- AlterTable
ALTER TABLE "Tool"
  ADD COLUMN "domain" TEXT;

-- migrate:down irreversible
