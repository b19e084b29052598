-- revision: v20200519101057000000
-- down_revision: v20200402142539000002
-- message: ory/kratos create_recovery_addresses

-- migrate:up
CREATE TABLE "identity_recovery_addresses" (
"id" UUID NOT NULL,
PRIMARY KEY("id"),
"via" VARCHAR (16) NOT NULL,
"value" VARCHAR (400) NOT NULL,
"identity_id" UUID NOT NULL,
"created_at" timestamp NOT NULL,
"updated_at" timestamp NOT NULL,
FOREIGN KEY ("identity_id") REFERENCES "identities" ("id") ON DELETE cascade
);

-- migrate:down
DROP TABLE "identity_recovery_addresses";
