-- revision: v20250425193919
-- down_revision: v20250424220929
-- message: civitai/civitai add_model_sfw_only

-- migrate:up

-- AlterTable
ALTER TABLE "Model" ADD COLUMN     "sfwOnly" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
