-- revision: v20200810141652000001
-- down_revision: v20200810141652000000
-- message: ory/kratos flow_type

-- migrate:up
ALTER TABLE "selfservice_registration_requests" ADD COLUMN "type" VARCHAR (16) NOT NULL DEFAULT 'browser';

-- migrate:down
ALTER TABLE "selfservice_recovery_requests" DROP COLUMN "type";
