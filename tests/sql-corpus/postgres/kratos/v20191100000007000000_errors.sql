-- revision: v20191100000007000000
-- down_revision: v20191100000006000000
-- message: ory/kratos errors

-- migrate:up
ALTER TABLE "selfservice_errors" ADD COLUMN "csrf_token" VARCHAR (255) NOT NULL DEFAULT '';

-- migrate:down
ALTER TABLE "selfservice_errors" DROP COLUMN "csrf_token";
