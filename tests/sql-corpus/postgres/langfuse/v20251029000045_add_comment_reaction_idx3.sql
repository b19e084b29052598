-- revision: v20251029000045
-- down_revision: v20251029000042
-- message: langfuse/langfuse add_comment_reaction_idx3
-- transactional: false

-- migrate:up
-- CreateIndex
CREATE UNIQUE INDEX CONCURRENTLY "comment_reactions_comment_id_user_id_emoji_key" ON "comment_reactions"("comment_id", "user_id", "emoji");

-- migrate:down irreversible
