-- revision: v20260130000000
-- down_revision: v20260129183823
-- message: langfuse/langfuse add_v4_beta_enabled

-- migrate:up
ALTER TABLE "users" ADD COLUMN "v4_beta_enabled" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
