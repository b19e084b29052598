-- revision: v20230201205224
-- down_revision: v20230201143158
-- message: civitai/civitai ban_user

-- migrate:up
-- AlterTable
ALTER TABLE "User" ADD COLUMN     "bannedAt" TIMESTAMP(3);

-- migrate:down irreversible
