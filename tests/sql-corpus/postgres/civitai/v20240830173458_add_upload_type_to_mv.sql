-- revision: v20240830173458
-- down_revision: v20240815210353
-- message: civitai/civitai add_upload_type_to_mv

-- migrate:up
ALTER TABLE "ModelVersion" ADD COLUMN "uploadType" "ModelUploadType" NOT NULL DEFAULT 'Created';

UPDATE "ModelVersion" mv
SET "uploadType" = m."uploadType"
FROM "Model" m
WHERE m.id = mv."modelId";

-- rerun the above after push

-- migrate:down irreversible
