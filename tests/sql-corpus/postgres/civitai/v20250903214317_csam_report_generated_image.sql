-- revision: v20250903214317
-- down_revision: v20250825151214
-- message: civitai/civitai csam_report_generated_image
-- transactional: false

-- migrate:up

-- AlterEnum
ALTER TYPE "public"."CsamReportType" ADD VALUE 'GeneratedImage';


-- migrate:down irreversible
