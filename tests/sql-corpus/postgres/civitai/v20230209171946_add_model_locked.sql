-- revision: v20230209171946
-- down_revision: v20230208211232
-- message: civitai/civitai add_model_locked

-- migrate:up
-- AlterTable
ALTER TABLE "Model" ADD COLUMN     "locked" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
