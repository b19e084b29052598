-- revision: v20250925133604
-- down_revision: v20250825100104
-- message: langfuse/langfuse organizations_add_ai_features_enabled

-- migrate:up
-- AlterTable
ALTER TABLE "organizations" ADD COLUMN     "ai_features_enabled" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
