-- revision: v20200812124254000001
-- down_revision: v20200812124254000000
-- message: ory/kratos add_session_token

-- migrate:up
ALTER TABLE "sessions" ADD COLUMN "token" VARCHAR (32);

-- migrate:down
-- empty down in the source history
