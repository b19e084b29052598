-- revision: v20240112151626
-- down_revision: v20240111144730
-- message: civitai/civitai user_settings

-- migrate:up
-- AlterTable
ALTER TABLE "User" ADD COLUMN     "settings" JSONB DEFAULT '{}';

-- migrate:down irreversible
