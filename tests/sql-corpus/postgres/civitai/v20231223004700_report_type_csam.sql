-- revision: v20231223004700
-- down_revision: v20231222180336
-- message: civitai/civitai report_type_csam
-- transactional: false

-- migrate:up

-- AlterEnum
ALTER TYPE "ReportReason" ADD VALUE 'CSAM';

-- migrate:down irreversible
