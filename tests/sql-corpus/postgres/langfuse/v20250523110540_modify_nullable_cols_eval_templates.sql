-- revision: v20250523110540
-- down_revision: v20250523100511
-- message: langfuse/langfuse modify_nullable_cols_eval_templates

-- migrate:up
-- AlterTable
ALTER TABLE "eval_templates" ALTER COLUMN "project_id" DROP NOT NULL;
ALTER TABLE "eval_templates" ALTER COLUMN "model" DROP NOT NULL;
ALTER TABLE "eval_templates" ALTER COLUMN "provider" DROP NOT NULL;
ALTER TABLE "eval_templates" ALTER COLUMN "model_params" DROP NOT NULL;
ALTER TABLE "eval_templates" ADD COLUMN "partner" TEXT;

-- migrate:down irreversible
