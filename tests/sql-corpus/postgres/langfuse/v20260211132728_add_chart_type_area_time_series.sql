-- revision: v20260211132728
-- down_revision: v20260209000000
-- message: langfuse/langfuse add_chart_type_area_time_series

-- migrate:up
ALTER TYPE "DashboardWidgetChartType" ADD VALUE 'AREA_TIME_SERIES';

-- migrate:down irreversible
