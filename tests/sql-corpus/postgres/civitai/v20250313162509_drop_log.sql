-- revision: v20250313162509
-- down_revision: v20250310194038
-- message: civitai/civitai drop_log

-- migrate:up
-- DropTable
DROP TABLE "Log";

-- migrate:down irreversible
