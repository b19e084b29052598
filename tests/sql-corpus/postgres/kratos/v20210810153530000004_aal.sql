-- revision: v20210810153530000004
-- down_revision: v20210810153530000003
-- message: ory/kratos aal

-- migrate:up
ALTER TABLE "selfservice_login_flows" ADD COLUMN "requested_aal" VARCHAR (4) NOT NULL DEFAULT 'aal1';

-- migrate:down
-- empty down in the source history
