-- revision: v20200317160354000000
-- down_revision: v20191100000012000000
-- message: ory/kratos create_profile_request_forms

-- migrate:up
CREATE TABLE "selfservice_profile_management_request_methods" (
"id" UUID NOT NULL,
PRIMARY KEY("id"),
"method" VARCHAR (32) NOT NULL,
"selfservice_profile_management_request_id" UUID NOT NULL,
"config" jsonb NOT NULL,
"created_at" timestamp NOT NULL,
"updated_at" timestamp NOT NULL
);

-- migrate:down
ALTER TABLE "selfservice_profile_management_requests" DROP COLUMN "active_method";
