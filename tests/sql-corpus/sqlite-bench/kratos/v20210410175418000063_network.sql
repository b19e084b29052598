-- revision: v20210410175418000063
-- down_revision: v20210410175418000062
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "_identities_tmp" RENAME TO "identities";

-- migrate:down
-- empty down in the source history
