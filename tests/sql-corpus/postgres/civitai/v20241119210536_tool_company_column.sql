-- revision: v20241119210536
-- down_revision: v20241119204932
-- message: civitai/civitai tool_company_column

-- migrate:up
-- AlterTable
ALTER TABLE "Tool" ADD COLUMN     "company" TEXT;

-- migrate:down irreversible
