-- revision: v20240523142610
-- down_revision: v20240523142524
-- message: langfuse/langfuse scores_add_fk_scores_config_id

-- migrate:up
-- AddForeignKey
ALTER TABLE "scores" ADD CONSTRAINT "scores_config_id_fkey" FOREIGN KEY ("config_id") REFERENCES "score_configs"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- migrate:down irreversible
