-- revision: v20150100000001000000
-- down_revision: none
-- message: ory/kratos networks

-- migrate:up
CREATE TABLE "networks" (
"id" UUID NOT NULL,
PRIMARY KEY("id"),
"created_at" timestamp NOT NULL,
"updated_at" timestamp NOT NULL
);

-- migrate:down
DROP TABLE "networks";
