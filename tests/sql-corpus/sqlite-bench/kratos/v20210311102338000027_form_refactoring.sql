-- revision: v20210311102338000027
-- down_revision: v20210311102338000026
-- message: ory/kratos form_refactoring

-- migrate:up
ALTER TABLE "selfservice_settings_flows" ADD COLUMN "ui" TEXT;

-- migrate:down
CREATE TABLE "selfservice_registration_flow_methods" (
"id" TEXT PRIMARY KEY,
"method" TEXT NOT NULL,
"selfservice_registration_flow_id" char(36) NOT NULL,
"config" TEXT NOT NULL,
"created_at" DATETIME NOT NULL,
"updated_at" DATETIME NOT NULL,
FOREIGN KEY (selfservice_registration_flow_id) REFERENCES selfservice_registration_flow_methods (id) ON DELETE cascade
);
