-- revision: v20251006173446
-- down_revision: v20251006173445
-- message: langfuse/langfuse optimize_cloud_spend_alerts_add_index
-- transactional: false

-- migrate:up
-- CreateIndex
CREATE INDEX CONCURRENTLY "cloud_spend_alerts_org_id_idx" ON "cloud_spend_alerts"("org_id");


-- migrate:down irreversible
