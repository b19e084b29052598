-- revision: v20221103221020
-- down_revision: v20221103205440
-- message: civitai/civitai user_tos

-- migrate:up
-- AlterTable
ALTER TABLE "User" ADD COLUMN     "tos" BOOLEAN DEFAULT false;

-- migrate:down irreversible
