-- revision: v20250211102600
-- down_revision: v20250204180200
-- message: langfuse/langfuse drop_event_log_table

-- migrate:up
-- DropTable
DROP TABLE event_log;

-- migrate:down irreversible
