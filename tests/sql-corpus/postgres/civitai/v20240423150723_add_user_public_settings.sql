-- revision: v20240423150723
-- down_revision: v20240419174913
-- message: civitai/civitai add_user_public_settings

-- migrate:up
-- AlterTable
ALTER TABLE "User" ADD COLUMN     "publicSettings" JSONB DEFAULT '{}';

-- migrate:down irreversible
