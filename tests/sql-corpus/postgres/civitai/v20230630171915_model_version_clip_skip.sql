-- revision: v20230630171915
-- down_revision: v20230626231430
-- message: civitai/civitai model_version_clip_skip

-- migrate:up
-- AlterTable
ALTER TABLE "ModelVersion" ADD COLUMN     "clipSkip" INTEGER;

-- migrate:down irreversible
