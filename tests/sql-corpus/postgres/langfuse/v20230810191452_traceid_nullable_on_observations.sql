-- revision: v20230810191452
-- down_revision: v20230809132331
-- message: langfuse/langfuse traceid_nullable_on_observations

-- migrate:up
-- AlterTable
ALTER TABLE "observations" ALTER COLUMN "trace_id" DROP NOT NULL;

-- migrate:down irreversible
