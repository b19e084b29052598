-- revision: v20231027024129
-- down_revision: v20231026192053
-- message: civitai/civitai require_auth_option

-- migrate:up
-- AlterTable
ALTER TABLE "ModelVersion" ADD COLUMN     "requireAuth" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
