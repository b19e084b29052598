-- revision: v20221018215322
-- down_revision: v20221018213100
-- message: civitai/civitai optional_model_desc

-- migrate:up
-- AlterTable
ALTER TABLE "Model" ALTER COLUMN "description" DROP NOT NULL;

-- migrate:down irreversible
