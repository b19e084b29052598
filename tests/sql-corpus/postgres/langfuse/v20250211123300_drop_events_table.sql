-- revision: v20250211123300
-- down_revision: v20250211102600
-- message: langfuse/langfuse drop_events_table

-- migrate:up
-- DropTable
DROP TABLE events;

-- migrate:down irreversible
