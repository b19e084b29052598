-- revision: v20210311102338000033
-- down_revision: v20210311102338000032
-- message: ory/kratos form_refactoring

-- migrate:up
DROP TABLE "selfservice_recovery_flow_methods";

-- migrate:down
CREATE TABLE "selfservice_login_flow_methods" (
"id" TEXT PRIMARY KEY,
"method" TEXT NOT NULL,
"selfservice_login_flow_id" char(36) NOT NULL,
"config" TEXT NOT NULL,
"created_at" DATETIME NOT NULL,
"updated_at" DATETIME NOT NULL,
FOREIGN KEY (selfservice_login_flow_id) REFERENCES selfservice_login_flow_methods (id) ON DELETE cascade
);
