-- revision: v20250520123737
-- down_revision: v20250519145128
-- message: langfuse/langfuse add_single_aggregate_chart_type

-- migrate:up
-- AlterEnum
ALTER TYPE "DashboardWidgetChartType" ADD VALUE 'NUMBER';

-- migrate:down irreversible
