-- revision: v20240625103957
-- down_revision: v20240624133412
-- message: langfuse/langfuse observations_add_calculated_cost_columns

-- migrate:up
-- AlterTable
ALTER TABLE "observations" ADD COLUMN     "calculated_input_cost" DECIMAL(65,30),
ADD COLUMN     "calculated_output_cost" DECIMAL(65,30),
ADD COLUMN     "calculated_total_cost" DECIMAL(65,30),
ADD COLUMN     "internal_model_id" TEXT;

-- migrate:down irreversible
