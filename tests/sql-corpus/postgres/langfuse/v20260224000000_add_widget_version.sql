-- revision: v20260224000000
-- down_revision: v20260211164349
-- message: langfuse/langfuse add_widget_version

-- migrate:up
ALTER TABLE "dashboard_widgets" ADD COLUMN IF NOT EXISTS "min_version" INTEGER NOT NULL DEFAULT 1;

-- migrate:down irreversible
