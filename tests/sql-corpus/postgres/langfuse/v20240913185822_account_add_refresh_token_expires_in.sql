-- revision: v20240913185822
-- down_revision: v20240913095558
-- message: langfuse/langfuse account_add_refresh_token_expires_in

-- migrate:up
-- AlterTable
ALTER TABLE "Account" ADD COLUMN     "refresh_token_expires_in" INTEGER;

-- migrate:down irreversible
