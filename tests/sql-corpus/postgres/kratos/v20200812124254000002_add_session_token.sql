-- revision: v20200812124254000002
-- down_revision: v20200812124254000001
-- message: ory/kratos add_session_token

-- migrate:up
ALTER TABLE "sessions" ALTER COLUMN "token" TYPE VARCHAR (32), ALTER COLUMN "token" DROP NOT NULL;

-- migrate:down
-- empty down in the source history
