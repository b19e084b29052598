-- revision: v20250123103200
-- down_revision: v20250122152102
-- message: langfuse/langfuse add_retention_days_to_projects

-- migrate:up
-- AlterTable
ALTER TABLE "projects"
    ADD COLUMN "retention_days" INTEGER;

-- migrate:down irreversible
