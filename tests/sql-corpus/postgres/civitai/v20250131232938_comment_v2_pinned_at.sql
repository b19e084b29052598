-- revision: v20250131232938
-- down_revision: v20250131152943
-- message: civitai/civitai comment_v2_pinned_at

-- migrate:up

-- AlterTable
ALTER TABLE "CommentV2" ADD COLUMN     "pinnedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Thread_rootThreadId_idx" ON "Thread" USING HASH ("rootThreadId");

-- migrate:down irreversible
