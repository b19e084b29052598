-- revision: v20260707170000
-- down_revision: v20260706000000
-- message: langfuse/langfuse add_project_home_dashboard

-- migrate:up
-- AlterTable
ALTER TABLE "projects" ADD COLUMN "home_dashboard_id" TEXT;

-- AddForeignKey
ALTER TABLE "projects" ADD CONSTRAINT "projects_home_dashboard_id_fkey" FOREIGN KEY ("home_dashboard_id") REFERENCES "dashboards"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- migrate:down irreversible
