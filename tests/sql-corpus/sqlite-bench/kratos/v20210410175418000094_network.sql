-- revision: v20210410175418000094
-- down_revision: v20210410175418000093
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "_selfservice_recovery_flows_tmp" RENAME TO "selfservice_recovery_flows";

-- migrate:down
-- empty down in the source history
