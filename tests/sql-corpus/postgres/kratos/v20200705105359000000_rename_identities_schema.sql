-- revision: v20200705105359000000
-- down_revision: v20200607165100000001
-- message: ory/kratos rename_identities_schema

-- migrate:up
ALTER TABLE "identities" RENAME COLUMN "traits_schema_id" TO "schema_id";

-- migrate:down
ALTER TABLE "identities" RENAME COLUMN "schema_id" TO "traits_schema_id";
