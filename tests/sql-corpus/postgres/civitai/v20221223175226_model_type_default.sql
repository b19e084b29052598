-- revision: v20221223175226
-- down_revision: v20221222223841
-- message: civitai/civitai model_type_default

-- migrate:up
-- AlterTable
ALTER TABLE "ModelFile" ALTER COLUMN "type" SET DEFAULT 'Model';

-- migrate:down irreversible
