-- revision: v20200830130644000000
-- down_revision: v20200830130643000000
-- message: ory/kratos add_verification_methods

-- migrate:up
CREATE TABLE "selfservice_verification_flow_methods" (
"id" TEXT PRIMARY KEY,
"method" TEXT NOT NULL,
"selfservice_verification_flow_id" char(36) NOT NULL,
"config" TEXT NOT NULL,
"created_at" DATETIME NOT NULL,
"updated_at" DATETIME NOT NULL
);

-- migrate:down
-- empty down in the source history
