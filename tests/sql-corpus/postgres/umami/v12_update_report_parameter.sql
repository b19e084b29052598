-- revision: v12
-- down_revision: v11
-- message: umami-software/umami update_report_parameter

-- migrate:up
-- AlterTable
ALTER TABLE "report"
ALTER COLUMN "parameters" SET DATA TYPE JSONB USING parameters::JSONB;

-- migrate:down irreversible
