-- revision: v20210311102338000005
-- down_revision: v20210311102338000004
-- message: ory/kratos form_refactoring

-- migrate:up
ALTER TABLE "selfservice_login_flows" ADD COLUMN "ui" TEXT;

-- migrate:down
CREATE TABLE "_selfservice_verification_flows_tmp" (
"id" TEXT PRIMARY KEY,
"request_url" TEXT NOT NULL,
"issued_at" DATETIME NOT NULL DEFAULT 'CURRENT_TIMESTAMP',
"expires_at" DATETIME NOT NULL,
"csrf_token" TEXT NOT NULL,
"created_at" DATETIME NOT NULL,
"updated_at" DATETIME NOT NULL,
"type" TEXT NOT NULL DEFAULT 'browser',
"state" TEXT NOT NULL DEFAULT 'show_form',
"active_method" TEXT,
"nid" char(36)
);
