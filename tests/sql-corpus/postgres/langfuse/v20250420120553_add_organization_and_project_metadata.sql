-- revision: v20250420120553
-- down_revision: v20250410145712
-- message: langfuse/langfuse add_organization_and_project_metadata

-- migrate:up
-- AlterTable
ALTER TABLE "organizations" ADD COLUMN     "metadata" JSONB;

-- AlterTable
ALTER TABLE "projects" ADD COLUMN     "metadata" JSONB;

-- migrate:down irreversible
