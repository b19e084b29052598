-- revision: v20231119171940
-- down_revision: v20231119171939
-- message: langfuse/langfuse bookmarked

-- migrate:up

-- AlterTable
ALTER TABLE "traces" ADD COLUMN "bookmarked" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
