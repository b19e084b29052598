-- revision: v20200812124254000001
-- down_revision: v20200812124254000000
-- message: ory/kratos add_session_token

-- migrate:up
ALTER TABLE "sessions" ADD COLUMN "token" TEXT;

-- migrate:down

DROP TABLE "sessions";
