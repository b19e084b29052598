-- revision: v20210410175418000036
-- down_revision: v20210410175418000035
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "continuity_containers" ADD COLUMN "nid" char(36);

-- migrate:down
ALTER TABLE "_selfservice_settings_flows_tmp" RENAME TO "selfservice_settings_flows";
