-- revision: v20200830130644000001
-- down_revision: v20200830130644000000
-- message: ory/kratos add_verification_methods

-- migrate:up
ALTER TABLE "selfservice_verification_flows" ADD COLUMN "active_method" VARCHAR (32);

-- migrate:down
-- empty down in the source history
