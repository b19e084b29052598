-- revision: v20191100000012000000
-- down_revision: v20191100000011000000
-- message: ory/kratos login_request_forced

-- migrate:up
ALTER TABLE "selfservice_login_requests" ADD COLUMN "forced" bool NOT NULL DEFAULT 'false';

-- migrate:down
ALTER TABLE "selfservice_login_requests" DROP COLUMN "forced";
