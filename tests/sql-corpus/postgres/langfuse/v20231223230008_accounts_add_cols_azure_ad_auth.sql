-- revision: v20231223230008
-- down_revision: v20231223230007
-- message: langfuse/langfuse accounts_add_cols_azure_ad_auth

-- migrate:up
-- AlterTable
ALTER TABLE "Account" ADD COLUMN     "expires_in" INTEGER,
ADD COLUMN     "ext_expires_in" INTEGER;

-- migrate:down irreversible
