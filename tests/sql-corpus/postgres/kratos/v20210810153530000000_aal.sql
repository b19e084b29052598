-- revision: v20210810153530000000
-- down_revision: v20210805122535000000
-- message: ory/kratos aal

-- migrate:up
ALTER TABLE "sessions" ADD COLUMN "aal" VARCHAR (4) NOT NULL DEFAULT 'aal1';

-- migrate:down
ALTER TABLE "selfservice_login_flows" DROP COLUMN "requested_aal";
