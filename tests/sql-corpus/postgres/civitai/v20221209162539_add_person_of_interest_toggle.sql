-- revision: v20221209162539
-- down_revision: v20221208032821
-- message: civitai/civitai add_person_of_interest_toggle

-- migrate:up
-- AlterTable
ALTER TABLE "Model" ADD COLUMN     "poi" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
