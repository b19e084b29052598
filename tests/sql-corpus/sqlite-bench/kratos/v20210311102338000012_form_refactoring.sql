-- revision: v20210311102338000012
-- down_revision: v20210311102338000011
-- message: ory/kratos form_refactoring

-- migrate:up
CREATE TABLE "_selfservice_registration_flows_tmp" (
"id" TEXT PRIMARY KEY,
"request_url" TEXT NOT NULL,
"issued_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
"expires_at" DATETIME NOT NULL,
"active_method" TEXT NOT NULL,
"csrf_token" TEXT NOT NULL,
"created_at" DATETIME NOT NULL,
"updated_at" DATETIME NOT NULL,
"type" TEXT NOT NULL DEFAULT 'browser'
);

-- migrate:down
CREATE INDEX "selfservice_recovery_flows_nid_idx" ON "_selfservice_recovery_flows_tmp" (id, nid);
