-- revision: v20240117165747
-- down_revision: v20240117151938
-- message: langfuse/langfuse add_cost_to_observations

-- migrate:up
-- AlterTable
ALTER TABLE "observations" ADD COLUMN     "input_cost" DECIMAL(65,30),
ADD COLUMN     "output_cost" DECIMAL(65,30),
ADD COLUMN     "total_cost" DECIMAL(65,30);

-- migrate:down irreversible
