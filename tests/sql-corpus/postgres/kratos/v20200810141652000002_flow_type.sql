-- revision: v20200810141652000002
-- down_revision: v20200810141652000001
-- message: ory/kratos flow_type

-- migrate:up
ALTER TABLE "selfservice_settings_requests" ADD COLUMN "type" VARCHAR (16) NOT NULL DEFAULT 'browser';

-- migrate:down
ALTER TABLE "selfservice_settings_requests" DROP COLUMN "type";
