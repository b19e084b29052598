-- revision: v20210618103120000000
-- down_revision: v20210504121624000011
-- message: ory/kratos logout_token

-- migrate:up
ALTER TABLE "sessions" ADD COLUMN "logout_token" TEXT;

-- migrate:down
ALTER TABLE "_sessions_tmp" RENAME TO "sessions";
