-- revision: v20260608191624
-- down_revision: v20260601190000
-- message: langfuse/langfuse remove_foreign_keys_media

-- migrate:up
-- DropForeignKey
ALTER TABLE "observation_media" DROP CONSTRAINT IF EXISTS "observation_media_project_id_fkey";

-- DropForeignKey
ALTER TABLE "trace_media" DROP CONSTRAINT IF EXISTS "trace_media_project_id_fkey";

-- migrate:down irreversible
