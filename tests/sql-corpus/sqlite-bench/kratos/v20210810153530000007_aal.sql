-- revision: v20210810153530000007
-- down_revision: v20210810153530000006
-- message: ory/kratos aal

-- migrate:up
DROP INDEX IF EXISTS "sessions_nid_idx";

-- migrate:down

DROP TABLE "sessions";
