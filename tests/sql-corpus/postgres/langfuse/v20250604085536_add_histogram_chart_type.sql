-- revision: v20250604085536
-- down_revision: v20250529071241
-- message: langfuse/langfuse add_histogram_chart_type

-- migrate:up
-- AlterEnum
ALTER TYPE "DashboardWidgetChartType" ADD VALUE 'HISTOGRAM';

-- migrate:down irreversible
