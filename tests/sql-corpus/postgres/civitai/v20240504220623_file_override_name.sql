-- revision: v20240504220623
-- down_revision: v20240430033247
-- message: civitai/civitai file_override_name

-- migrate:up
-- AlterTable
ALTER TABLE "ModelFile" ADD COLUMN     "overrideName" TEXT;

-- migrate:down irreversible
