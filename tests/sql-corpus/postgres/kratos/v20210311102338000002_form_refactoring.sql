-- revision: v20210311102338000002
-- down_revision: v20210311102338000001
-- message: ory/kratos form_refactoring

-- migrate:up
ALTER TABLE "selfservice_login_flows" ADD COLUMN "ui" jsonb;

-- migrate:down
CREATE TABLE "selfservice_verification_flow_methods" (
"id" UUID NOT NULL,
PRIMARY KEY("id"),
"method" VARCHAR (32) NOT NULL,
"selfservice_verification_flow_id" UUID NOT NULL,
"config" jsonb NOT NULL,
"created_at" timestamp NOT NULL,
"updated_at" timestamp NOT NULL,
FOREIGN KEY ("selfservice_verification_flow_id") REFERENCES "selfservice_verification_flow_methods" ("id") ON DELETE cascade
);
