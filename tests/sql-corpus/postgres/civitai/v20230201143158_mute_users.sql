-- revision: v20230201143158
-- down_revision: v20230131150221
-- message: civitai/civitai mute_users

-- migrate:up
-- AlterTable
ALTER TABLE "User" ADD COLUMN     "muted" BOOLEAN DEFAULT false;

-- migrate:down irreversible
