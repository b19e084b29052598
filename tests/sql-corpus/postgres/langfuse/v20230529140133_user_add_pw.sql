-- revision: v20230529140133
-- down_revision: v20230523084523
-- message: langfuse/langfuse user_add_pw

-- migrate:up
-- AlterTable
ALTER TABLE "User" ADD COLUMN     "password" TEXT;

-- migrate:down irreversible
