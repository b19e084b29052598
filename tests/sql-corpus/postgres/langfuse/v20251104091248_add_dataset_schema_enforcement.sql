-- revision: v20251104091248
-- down_revision: v20251029000045
-- message: langfuse/langfuse add_dataset_schema_enforcement

-- migrate:up
-- AlterTable
ALTER TABLE "datasets"
ADD COLUMN "expected_output_schema" JSON,
ADD COLUMN "input_schema" JSON;

-- migrate:down irreversible
