-- revision: v20240119164147
-- down_revision: v20240119140941
-- message: langfuse/langfuse make_model_params_nullable

-- migrate:up
-- AlterTable
ALTER TABLE "models" ALTER COLUMN "tokenizer_config" DROP NOT NULL;

-- migrate:down irreversible
