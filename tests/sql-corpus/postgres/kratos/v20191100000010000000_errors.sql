-- revision: v20191100000010000000
-- down_revision: v20191100000008000005
-- message: ory/kratos errors

-- migrate:up
ALTER TABLE "selfservice_errors" ALTER COLUMN "seen_at" TYPE timestamp, ALTER COLUMN "seen_at" DROP NOT NULL;

-- migrate:down
ALTER TABLE "selfservice_errors" ALTER COLUMN "seen_at" TYPE timestamp, ALTER COLUMN "seen_at" DROP NOT NULL;
