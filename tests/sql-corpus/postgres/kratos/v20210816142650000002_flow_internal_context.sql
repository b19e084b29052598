-- revision: v20210816142650000002
-- down_revision: v20210816142650000001
-- message: ory/kratos flow_internal_context

-- migrate:up
ALTER TABLE "selfservice_login_flows" ALTER COLUMN "internal_context" TYPE jsonb, ALTER COLUMN "internal_context" SET NOT NULL;

-- migrate:down
-- empty down in the source history
