-- revision: v20210311102338000032
-- down_revision: v20210311102338000031
-- message: ory/kratos form_refactoring

-- migrate:up
ALTER TABLE "_selfservice_settings_flows_tmp" RENAME TO "selfservice_settings_flows";

-- migrate:down
CREATE TABLE "_selfservice_login_flows_tmp" (
"id" TEXT PRIMARY KEY,
"request_url" TEXT NOT NULL,
"issued_at" DATETIME NOT NULL DEFAULT 'CURRENT_TIMESTAMP',
"expires_at" DATETIME NOT NULL,
"active_method" TEXT NOT NULL,
"csrf_token" TEXT NOT NULL,
"created_at" DATETIME NOT NULL,
"updated_at" DATETIME NOT NULL,
"forced" bool NOT NULL DEFAULT 'false',
"type" TEXT NOT NULL DEFAULT 'browser'
);
