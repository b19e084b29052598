-- revision: v20200812160551000000
-- down_revision: v20200812124254000004
-- message: ory/kratos add_session_revoke

-- migrate:up
ALTER TABLE "sessions" ADD COLUMN "active" boolean DEFAULT 'false';

-- migrate:down
ALTER TABLE "sessions" DROP COLUMN "active";
