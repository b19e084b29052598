-- revision: v20210410175418000016
-- down_revision: v20210410175418000015
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "selfservice_errors" ADD CONSTRAINT "selfservice_errors_nid_fk_idx" FOREIGN KEY ("nid") REFERENCES "networks" ("id") ON UPDATE RESTRICT ON DELETE CASCADE;

-- migrate:down
DROP INDEX "identity_recovery_addresses_status_via_idx";
