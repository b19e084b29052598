-- revision: v20210810153530000000
-- down_revision: v20210805122535000000
-- message: ory/kratos aal

-- migrate:up
ALTER TABLE "sessions" ADD COLUMN "aal" TEXT NOT NULL DEFAULT 'aal1';

-- migrate:down
ALTER TABLE "_selfservice_login_flows_tmp" RENAME TO "selfservice_login_flows";
