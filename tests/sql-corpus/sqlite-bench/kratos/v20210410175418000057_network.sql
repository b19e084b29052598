-- revision: v20210410175418000057
-- down_revision: v20210410175418000056
-- message: ory/kratos network

-- migrate:up
ALTER TABLE identities DROP COLUMN nid;

-- migrate:down
DROP INDEX IF EXISTS "selfservice_errors_nid_idx";
