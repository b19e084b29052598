-- revision: v20230221230819
-- down_revision: v20230221151809
-- message: civitai/civitai user_setting_autoplay_gifs

-- migrate:up
-- AlterTable
ALTER TABLE "User" ADD COLUMN     "autoplayGifs" BOOLEAN DEFAULT true;

UPDATE "User" SET "autoplayGifs" = true;

-- migrate:down irreversible
