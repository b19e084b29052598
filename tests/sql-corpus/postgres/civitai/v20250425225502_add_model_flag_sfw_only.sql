-- revision: v20250425225502
-- down_revision: v20250425195241
-- message: civitai/civitai add_model_flag_sfw_only

-- migrate:up
 -- AlterTable
ALTER TABLE "ModelFlag" ADD COLUMN     "sfwOnly" BOOLEAN NOT NULL DEFAULT false;
 

-- migrate:down irreversible
