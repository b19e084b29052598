-- revision: v20240619181506
-- down_revision: v20240619152041
-- message: civitai/civitai add_video_url

-- migrate:up
ALTER TABLE "Cosmetic" ADD COLUMN "videoUrl" TEXT;

-- migrate:down irreversible
