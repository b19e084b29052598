-- revision: v20240617094803
-- down_revision: v20240612101858
-- message: langfuse/langfuse observations_remove_prompt_fk_constraint

-- migrate:up
-- DropForeignKey
ALTER TABLE "observations" DROP CONSTRAINT "observations_prompt_id_fkey";

-- migrate:down irreversible
