-- revision: v20250822135300
-- down_revision: v20250820143862
-- message: langfuse/langfuse add_dashboard_filters

-- migrate:up
-- AlterTable
ALTER TABLE "dashboards" ADD COLUMN     "filters" JSONB NOT NULL DEFAULT '[]';

-- migrate:down irreversible
