-- revision: v20210410175418000036
-- down_revision: v20210410175418000035
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "identity_credentials" ADD CONSTRAINT "identity_credentials_nid_fk_idx" FOREIGN KEY ("nid") REFERENCES "networks" ("id") ON UPDATE RESTRICT ON DELETE CASCADE;

-- migrate:down
ALTER TABLE "selfservice_errors" DROP CONSTRAINT "selfservice_errors_nid_fk_idx";
