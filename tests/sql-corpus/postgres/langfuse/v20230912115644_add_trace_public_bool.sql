-- revision: v20230912115644
-- down_revision: v20230910164603
-- message: langfuse/langfuse add_trace_public_bool

-- migrate:up
-- AlterTable
ALTER TABLE "traces" ADD COLUMN     "public" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
