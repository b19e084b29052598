-- revision: v20200605111551000003
-- down_revision: v20200605111551000002
-- message: ory/kratos messages

-- migrate:up
-- empty up in the source history

-- migrate:down
CREATE TABLE "_selfservice_registration_requests_tmp" (
"id" TEXT PRIMARY KEY,
"request_url" TEXT NOT NULL,
"issued_at" DATETIME NOT NULL DEFAULT 'CURRENT_TIMESTAMP',
"expires_at" DATETIME NOT NULL,
"active_method" TEXT NOT NULL,
"csrf_token" TEXT NOT NULL,
"created_at" DATETIME NOT NULL,
"updated_at" DATETIME NOT NULL
);
