-- revision: v20200830130642000000
-- down_revision: v20200830121710000000
-- message: ory/kratos add_verification_methods

-- migrate:up
ALTER TABLE "selfservice_verification_flows" ADD COLUMN "state" VARCHAR (255) NOT NULL DEFAULT 'show_form';

-- migrate:down
ALTER TABLE "selfservice_verification_flows" ADD COLUMN "success" bool NOT NULL DEFAULT FALSE;
