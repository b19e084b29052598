-- revision: v20200830130644000000
-- down_revision: v20200830130643000000
-- message: ory/kratos add_verification_methods

-- migrate:up
CREATE TABLE "selfservice_verification_flow_methods" (
"id" UUID NOT NULL,
PRIMARY KEY("id"),
"method" VARCHAR (32) NOT NULL,
"selfservice_verification_flow_id" UUID NOT NULL,
"config" jsonb NOT NULL,
"created_at" timestamp NOT NULL,
"updated_at" timestamp NOT NULL
);

-- migrate:down
-- empty down in the source history
