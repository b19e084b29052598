-- revision: v20210816142650000003
-- down_revision: v20210816142650000002
-- message: ory/kratos flow_internal_context

-- migrate:up
ALTER TABLE "selfservice_registration_flows" ADD COLUMN "internal_context" jsonb;

-- migrate:down
-- empty down in the source history
