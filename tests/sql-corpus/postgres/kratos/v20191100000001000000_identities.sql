-- revision: v20191100000001000000
-- down_revision: v20150100000001000000
-- message: ory/kratos identities

-- migrate:up
CREATE TABLE "identities" (
"id" UUID NOT NULL,
PRIMARY KEY("id"),
"traits_schema_id" VARCHAR (2048) NOT NULL,
"traits" jsonb NOT NULL,
"created_at" timestamp NOT NULL,
"updated_at" timestamp NOT NULL
);

-- migrate:down
DROP TABLE "identities";
