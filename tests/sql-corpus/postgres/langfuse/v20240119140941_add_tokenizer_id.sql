-- revision: v20240119140941
-- down_revision: v20240118235424
-- message: langfuse/langfuse add_tokenizer_id

-- migrate:up
-- AlterTable
ALTER TABLE "models" ADD COLUMN     "tokenizer_id" TEXT;

-- migrate:down irreversible
