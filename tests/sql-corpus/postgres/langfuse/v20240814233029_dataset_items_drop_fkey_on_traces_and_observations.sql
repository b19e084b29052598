-- revision: v20240814233029
-- down_revision: v20240814223824
-- message: langfuse/langfuse dataset_items_drop_fkey_on_traces_and_observations

-- migrate:up
-- DropForeignKey
ALTER TABLE "dataset_items" DROP CONSTRAINT "dataset_items_source_observation_id_fkey";

-- DropForeignKey
ALTER TABLE "dataset_items" DROP CONSTRAINT "dataset_items_source_trace_id_fkey";

-- migrate:down irreversible
