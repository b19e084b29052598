-- revision: v20260623093628
-- down_revision: v20260619120000b
-- message: langfuse/langfuse add_sfdc_id_columns

-- migrate:up
ALTER TABLE "organizations"
  ADD COLUMN "sfdc_org_id" TEXT;

-- migrate:down irreversible
