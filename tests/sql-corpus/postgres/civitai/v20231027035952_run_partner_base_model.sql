-- revision: v20231027035952
-- down_revision: v20231027024129
-- message: civitai/civitai run_partner_base_model

-- migrate:up
-- AlterTable
ALTER TABLE "Partner" ADD COLUMN     "onDemandBaseModels" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- migrate:down irreversible
