-- revision: v20250321102240
-- down_revision: v20250310100328
-- message: langfuse/langfuse drop_queue_backup_table

-- migrate:up
-- DropTable
DROP TABLE "queue_backups";

-- migrate:down irreversible
