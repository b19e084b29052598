-- revision: v20210618103120000002
-- down_revision: v20210618103120000001
-- message: ory/kratos logout_token

-- migrate:up
ALTER TABLE "sessions" ALTER COLUMN "logout_token" TYPE VARCHAR (32), ALTER COLUMN "logout_token" DROP NOT NULL;

-- migrate:down
-- empty down in the source history
