-- revision: v20200810141652000003
-- down_revision: v20200810141652000002
-- message: ory/kratos flow_type

-- migrate:up
ALTER TABLE "selfservice_recovery_requests" ADD COLUMN "type" VARCHAR (16) NOT NULL DEFAULT 'browser';

-- migrate:down
ALTER TABLE "selfservice_registration_requests" DROP COLUMN "type";
