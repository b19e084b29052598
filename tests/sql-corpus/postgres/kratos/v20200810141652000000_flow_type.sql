-- revision: v20200810141652000000
-- down_revision: v20200705105359000000
-- message: ory/kratos flow_type

-- migrate:up
ALTER TABLE "selfservice_login_requests" ADD COLUMN "type" VARCHAR (16) NOT NULL DEFAULT 'browser';

-- migrate:down
ALTER TABLE "selfservice_verification_requests" DROP COLUMN "type";
