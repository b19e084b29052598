-- revision: v20200605111551000012
-- down_revision: v20200605111551000011
-- message: ory/kratos messages

-- migrate:up
-- empty up in the source history

-- migrate:down
CREATE TABLE "_selfservice_verification_requests_tmp" (
"id" TEXT PRIMARY KEY,
"request_url" TEXT NOT NULL,
"issued_at" DATETIME NOT NULL DEFAULT 'CURRENT_TIMESTAMP',
"expires_at" DATETIME NOT NULL,
"csrf_token" TEXT NOT NULL,
"created_at" DATETIME NOT NULL,
"updated_at" DATETIME NOT NULL,
"nid" char(36),
"form" TEXT,
"via" TEXT NOT NULL DEFAULT 'email',
"success" bool NOT NULL DEFAULT 'FALSE'
);
