-- revision: v20210410175418000021
-- down_revision: v20210410175418000020
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "continuity_containers" ADD CONSTRAINT "continuity_containers_nid_fk_idx" FOREIGN KEY ("nid") REFERENCES "networks" ("id") ON UPDATE RESTRICT ON DELETE CASCADE;

-- migrate:down
DROP INDEX "identity_recovery_addresses_nid_idx";
