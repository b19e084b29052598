-- revision: v20230305040226
-- down_revision: v20230303201656
-- message: civitai/civitai account_metadata

-- migrate:up
-- AlterTable
ALTER TABLE "Account" ADD COLUMN     "metadata" JSONB NOT NULL DEFAULT '{}';

-- migrate:down irreversible
