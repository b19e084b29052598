-- revision: v20230707133415
-- down_revision: v20230707132314
-- message: langfuse/langfuse user_add_email_index

-- migrate:up
-- CreateIndex
CREATE INDEX "Account_user_id_idx" ON "Account"("user_id");

-- migrate:down irreversible
