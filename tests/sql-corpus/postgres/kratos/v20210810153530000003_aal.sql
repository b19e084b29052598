-- revision: v20210810153530000003
-- down_revision: v20210810153530000002
-- message: ory/kratos aal

-- migrate:up
ALTER TABLE "sessions" ALTER COLUMN "authentication_methods" TYPE jsonb, ALTER COLUMN "authentication_methods" SET NOT NULL;

-- migrate:down
-- empty down in the source history
