-- revision: v20200401183443000000
-- down_revision: v20200317160354000004
-- message: ory/kratos continuity_containers

-- migrate:up
CREATE TABLE "continuity_containers" (
"id" UUID NOT NULL,
PRIMARY KEY("id"),
"identity_id" UUID,
"name" VARCHAR (255) NOT NULL,
"payload" jsonb,
"expires_at" timestamp NOT NULL,
"created_at" timestamp NOT NULL,
"updated_at" timestamp NOT NULL,
FOREIGN KEY ("identity_id") REFERENCES "identities" ("id") ON DELETE cascade
);

-- migrate:down
DROP TABLE "continuity_containers";
