-- revision: v20200607165100000000
-- down_revision: v20200605111551000002
-- message: ory/kratos settings

-- migrate:up
ALTER TABLE "selfservice_settings_requests" ADD COLUMN "state" VARCHAR (255) NOT NULL DEFAULT 'show_form';

-- migrate:down
ALTER TABLE "selfservice_settings_requests" ADD COLUMN "update_successful" bool NOT NULL DEFAULT 'false';
