-- revision: v20260721120000
-- down_revision: v20260709124500
-- message: langfuse/langfuse add_boolean_score_widget_views

-- migrate:up
ALTER TYPE "DashboardWidgetViews" ADD VALUE 'SCORES_BOOLEAN';

ALTER TYPE "MonitorView" ADD VALUE 'SCORES_BOOLEAN';

-- migrate:down irreversible
