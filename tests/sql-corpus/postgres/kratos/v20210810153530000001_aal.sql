-- revision: v20210810153530000001
-- down_revision: v20210810153530000000
-- message: ory/kratos aal

-- migrate:up
ALTER TABLE "sessions" ADD COLUMN "authentication_methods" jsonb;

-- migrate:down
ALTER TABLE "sessions" DROP COLUMN "aal";
