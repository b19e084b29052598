-- revision: v20210410175418000133
-- down_revision: v20210410175418000132
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "_selfservice_verification_flows_tmp" RENAME TO "selfservice_verification_flows";

-- migrate:down
-- empty down in the source history
