-- revision: v20210410175418000048
-- down_revision: v20210410175418000047
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "selfservice_recovery_flows" ADD CONSTRAINT "selfservice_recovery_flows_nid_fk_idx" FOREIGN KEY ("nid") REFERENCES "networks" ("id") ON UPDATE RESTRICT ON DELETE CASCADE;

-- migrate:down
-- empty down in the source history
