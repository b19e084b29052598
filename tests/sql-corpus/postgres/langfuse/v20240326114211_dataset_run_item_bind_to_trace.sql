-- revision: v20240326114211
-- down_revision: v20240325212245
-- message: langfuse/langfuse dataset_run_item_bind_to_trace

-- migrate:up
-- AlterTable
ALTER TABLE "dataset_run_items" ADD COLUMN     "trace_id" TEXT,
ALTER COLUMN "observation_id" DROP NOT NULL;

-- AddForeignKey
ALTER TABLE "dataset_run_items" ADD CONSTRAINT "dataset_run_items_trace_id_fkey" FOREIGN KEY ("trace_id") REFERENCES "traces"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- migrate:down irreversible
