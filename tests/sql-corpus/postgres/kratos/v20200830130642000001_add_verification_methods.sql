-- revision: v20200830130642000001
-- down_revision: v20200830130642000000
-- message: ory/kratos add_verification_methods

-- migrate:up
-- empty up in the source history

-- migrate:down
ALTER TABLE "selfservice_verification_flows" ADD COLUMN "via" VARCHAR (16) NOT NULL DEFAULT 'email';
