-- revision: v20200812124254000000
-- down_revision: v20200810162450000003
-- message: ory/kratos add_session_token

-- migrate:up
DELETE FROM sessions;

-- migrate:down
ALTER TABLE "sessions" DROP COLUMN "token";
