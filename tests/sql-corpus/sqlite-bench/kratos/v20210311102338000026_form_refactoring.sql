-- revision: v20210311102338000026
-- down_revision: v20210311102338000025
-- message: ory/kratos form_refactoring

-- migrate:up
ALTER TABLE "_selfservice_settings_flows_tmp" RENAME TO "selfservice_settings_flows";

-- migrate:down
CREATE TABLE "_selfservice_registration_flows_tmp" (
"id" TEXT PRIMARY KEY,
"request_url" TEXT NOT NULL,
"issued_at" DATETIME NOT NULL DEFAULT 'CURRENT_TIMESTAMP',
"expires_at" DATETIME NOT NULL,
"active_method" TEXT NOT NULL,
"csrf_token" TEXT NOT NULL,
"created_at" DATETIME NOT NULL,
"updated_at" DATETIME NOT NULL,
"type" TEXT NOT NULL DEFAULT 'browser'
);
