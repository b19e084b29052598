-- revision: v20210311102338000011
-- down_revision: v20210311102338000010
-- message: ory/kratos form_refactoring

-- migrate:up
ALTER TABLE "selfservice_settings_flows" DROP COLUMN "messages";

-- migrate:down
CREATE TABLE "selfservice_registration_flow_methods" (
"id" UUID NOT NULL,
PRIMARY KEY("id"),
"method" VARCHAR (32) NOT NULL,
"selfservice_registration_flow_id" UUID NOT NULL,
"config" jsonb NOT NULL,
"created_at" timestamp NOT NULL,
"updated_at" timestamp NOT NULL,
FOREIGN KEY ("selfservice_registration_flow_id") REFERENCES "selfservice_registration_flow_methods" ("id") ON DELETE cascade
);
