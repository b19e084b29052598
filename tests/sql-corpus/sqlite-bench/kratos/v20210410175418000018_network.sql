-- revision: v20210410175418000018
-- down_revision: v20210410175418000017
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "selfservice_settings_flows" ADD COLUMN "nid" char(36);

-- migrate:down
ALTER TABLE "_identities_tmp" RENAME TO "identities";
