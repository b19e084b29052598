-- revision: v20230626231430
-- down_revision: v20230623160539
-- message: civitai/civitai not_null_base_model

-- migrate:up

-- AlterTable
ALTER TABLE "ModelVersion" ALTER COLUMN "baseModel" SET NOT NULL;

-- migrate:down irreversible
