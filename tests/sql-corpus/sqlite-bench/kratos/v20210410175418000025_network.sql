-- revision: v20210410175418000025
-- down_revision: v20210410175418000024
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "_selfservice_settings_flows_tmp" RENAME TO "selfservice_settings_flows";

-- migrate:down
CREATE TABLE "_selfservice_errors_tmp" (
"id" TEXT PRIMARY KEY,
"errors" TEXT NOT NULL,
"seen_at" DATETIME,
"was_seen" bool NOT NULL,
"created_at" DATETIME NOT NULL,
"updated_at" DATETIME NOT NULL,
"csrf_token" TEXT NOT NULL DEFAULT ''
);
