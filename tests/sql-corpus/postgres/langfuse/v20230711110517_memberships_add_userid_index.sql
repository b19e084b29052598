-- revision: v20230711110517
-- down_revision: v20230711104810
-- message: langfuse/langfuse memberships_add_userid_index

-- migrate:up
-- CreateIndex
CREATE INDEX "memberships_user_id_idx" ON "memberships"("user_id");

-- migrate:down irreversible
