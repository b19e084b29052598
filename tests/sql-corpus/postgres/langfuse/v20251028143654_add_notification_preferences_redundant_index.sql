-- revision: v20251028143654
-- down_revision: v20251028143653
-- message: langfuse/langfuse add_notification_preferences_redundant_index
-- transactional: false

-- migrate:up

-- CreateIndex
CREATE UNIQUE INDEX CONCURRENTLY "notification_preferences_user_id_project_id_channel_type_key" ON "notification_preferences"("user_id", "project_id", "channel", "type");

-- migrate:down irreversible
