-- revision: v20210618103120000000
-- down_revision: v20210504121624000001
-- message: ory/kratos logout_token

-- migrate:up
ALTER TABLE "sessions" ADD COLUMN "logout_token" VARCHAR (32);

-- migrate:down
ALTER TABLE "sessions" DROP COLUMN "logout_token";
