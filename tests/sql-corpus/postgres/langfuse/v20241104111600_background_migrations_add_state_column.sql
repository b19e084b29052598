-- revision: v20241104111600
-- down_revision: v20241029130802
-- message: langfuse/langfuse background_migrations_add_state_column

-- migrate:up
-- AlterTable
ALTER TABLE "background_migrations" ADD COLUMN "state" jsonb NOT NULL DEFAULT '{}';

-- migrate:down irreversible
