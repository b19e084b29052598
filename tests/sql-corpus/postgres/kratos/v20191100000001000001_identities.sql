-- revision: v20191100000001000001
-- down_revision: v20191100000001000000
-- message: ory/kratos identities

-- migrate:up
CREATE TABLE "identity_credential_types" (
"id" UUID NOT NULL,
PRIMARY KEY("id"),
"name" VARCHAR (32) NOT NULL
);

-- migrate:down
DROP TABLE "identity_credential_types";
