-- revision: v20221101202142
-- down_revision: v20221031222816
-- message: civitai/civitai anonymous_user_activities

-- migrate:up
-- AlterTable
ALTER TABLE "UserActivity" ALTER COLUMN "userId" DROP NOT NULL;

-- migrate:down irreversible
