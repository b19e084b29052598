-- revision: v20260506000000
-- down_revision: v20260423084654
-- message: langfuse/langfuse add_blob_storage_export_field_groups

-- migrate:up
-- AlterTable
ALTER TABLE IF EXISTS "blob_storage_integrations"
  ADD COLUMN IF NOT EXISTS "export_field_groups" TEXT[]
  NOT NULL DEFAULT ARRAY['core','basic','time','io','metadata','model','usage','prompt','metrics','tools','trace_context'];

-- migrate:down irreversible
