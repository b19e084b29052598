-- revision: v20240113023932
-- down_revision: v20240112151626
-- message: civitai/civitai email_citext

-- migrate:up
-- AlterTable
ALTER TABLE "User" ALTER COLUMN "email" SET DATA TYPE CITEXT;

-- migrate:down irreversible
