-- revision: v20231014131841
-- down_revision: v20231012161041
-- message: langfuse/langfuse users_add_admin_flag

-- migrate:up
-- AlterTable
ALTER TABLE "users" ADD COLUMN     "admin" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
