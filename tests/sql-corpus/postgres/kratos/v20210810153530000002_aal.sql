-- revision: v20210810153530000002
-- down_revision: v20210810153530000001
-- message: ory/kratos aal

-- migrate:up
UPDATE sessions SET authentication_methods='[]';

-- migrate:down
ALTER TABLE "sessions" DROP COLUMN "authentication_methods";
