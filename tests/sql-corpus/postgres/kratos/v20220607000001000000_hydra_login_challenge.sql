-- revision: v20220607000001000000
-- down_revision: v20220512102703000000
-- message: ory/kratos hydra_login_challenge

-- migrate:up
ALTER TABLE "selfservice_login_flows" ADD COLUMN "oauth2_login_challenge" UUID NULL;
ALTER TABLE "selfservice_registration_flows" ADD COLUMN "oauth2_login_challenge" UUID NULL;

-- migrate:down
ALTER TABLE "selfservice_login_flows" DROP COLUMN "oauth2_login_challenge";
ALTER TABLE "selfservice_registration_flows" DROP COLUMN "oauth2_login_challenge";
