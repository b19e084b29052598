-- revision: v20230220220914
-- down_revision: v20230217220241
-- message: civitai/civitai user_activity_index

-- migrate:up
-- CreateIndex
CREATE INDEX "UserActivity_userId_createdAt_idx" ON "UserActivity"("userId", "createdAt");

-- migrate:down irreversible
